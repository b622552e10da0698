<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
    <context>
        <name>Alarms</name>
        <message>
            <location filename="../../ui/alarm_strip.py" line="49" />
            <source>{0} {1}: {2}</source>
            <translation>{0} {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="73" />
            <source>Acknowledge</source>
            <translation>Квитировать</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="76" />
            <source>Acknowledge every alarm (Ctrl+Shift+A)</source>
            <translation>Квитировать все тревоги (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="78" />
            <source>All alarms…</source>
            <translation>Все тревоги…</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="112" />
            <source>{0} unacknowledged alarms</source>
            <translation>Неквитированных тревог: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="124" />
            <source>Alarms</source>
            <translation>Тревоги</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Alarm</source>
            <translation>Тревога</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Now</source>
            <translation>Сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="139" />
            <source>No unacknowledged alarms.</source>
            <translation>Неквитированных тревог нет.</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="142" />
            <source>Acknowledge selected</source>
            <translation>Квитировать выбранные</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="145" />
            <source>Acknowledge all</source>
            <translation>Квитировать все</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="148" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="163" />
            <source>active</source>
            <translation>действует</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="163" />
            <source>over</source>
            <translation>прошла</translation>
        </message>
        <message>
            <location filename="../../ui/console/alarms.py" line="64" />
            <source>Acknowledge alarms</source>
            <translation>Квитировать тревоги</translation>
        </message>
        <message>
            <location filename="../../ui/console/alarms.py" line="104" />
            <source>Item {0}: {1}</source>
            <translation>Пункт {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="88" />
            <source>Remote control</source>
            <translation>Удалённое управление</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../ui/app.py" line="262" />
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="263" />
            <source>Something went wrong inside controlroom: {0}
Your edits so far are saved. Please report this with the details.</source>
            <translation>Внутренняя ошибка controlroom: {0}
Сделанные правки сохранены. Сообщите, пожалуйста, об ошибке, приложив подробности.</translation>
        </message>
    </context>
    <context>
        <name>BadDatabaseDialog</name>
        <message>
            <location filename="../../ui/database_dialog.py" line="49" />
            <source>The database cannot be opened</source>
            <translation>Базу данных не удаётся открыть</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="54" />
            <source>controlroom cannot use the database {0}:
{1}</source>
            <translation>controlroom не может использовать базу данных {0}:
{1}</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="65" />
            <source>Automatic backups (newest first):</source>
            <translation>Автоматические резервные копии (сначала новые):</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="67" />
            <source>There are no backups of this database.</source>
            <translation>Резервных копий этой базы данных нет.</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="71" />
            <source>&amp;Open another database…</source>
            <translation>&amp;Открыть другую базу данных…</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="72" />
            <source>&amp;Restore the backup</source>
            <translation>&amp;Восстановить из резервной копии</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="74" />
            <source>&amp;Quit</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="92" />
            <source>Open a database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="94" />
            <source>controlroom databases (*.db);;All files (*)</source>
            <translation>Базы данных controlroom (*.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="144" />
            <source>The backup could not be restored: {0}</source>
            <translation>Не удалось восстановить резервную копию: {0}</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../ui/console/actions.py" line="67" />
            <source>GO	Space</source>
            <translation>ПУСК	Space</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="69" />
            <source>Standby up</source>
            <translation>Готовность вверх</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="72" />
            <source>Standby down</source>
            <translation>Готовность вниз</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="75" />
            <source>Standby on the selected item</source>
            <translation>Готовность на выбранный пункт</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="77" />
            <source>Stop the show</source>
            <translation>Остановить эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="79" />
            <source>PANIC: mute every microphone</source>
            <translation>АВАРИЯ: заглушить все микрофоны</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="83" />
            <source>Show mode (lock the run-sheet)</source>
            <translation>Режим эфира (сценарий заблокирован)</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="88" />
            <source>Ask before opening a microphone the live item does not plan</source>
            <translation>Спрашивать перед включением микрофона, не предусмотренного пунктом в эфире</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="94" />
            <source>Switch REHEARSAL / LIVE…</source>
            <translation>Переключить РЕПЕТИЦИЯ / ЭФИР…</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="97" />
            <location filename="../../ui/console/readiness.py" line="81" />
            <source>Readiness check</source>
            <translation>Проверка готовности</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="99" />
            <source>Show report (CSV or PDF)…</source>
            <translation>Отчёт об эфире (CSV или PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="282" />
            <source>The live item {0} “{1}” was edited; cues apply on its next GO.</source>
            <translation>Пункт {0} «{1}» в эфире изменён; реплики сработают при его следующем ПУСКЕ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="302" />
            <source>GO is off: the hall file cannot be used (see above the run-sheet).</source>
            <translation>GO отключён: файл зала нельзя использовать (см. над сценарием).</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="337" />
            <source>PANIC: no devices connected.</source>
            <translation>АВАРИЯ: устройства не подключены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="340" />
            <source>PANIC: every microphone muted.</source>
            <translation>АВАРИЯ: все микрофоны заглушены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="41" />
            <location filename="../../ui/console/cue_editing.py" line="52" />
            <source>Cues &amp;&amp; On GO</source>
            <translation>Реплики &amp;&amp; ПУСК</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="66" />
            <location filename="../../ui/console/cue_editing.py" line="99" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Во время эфира сценарий заблокирован.</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="73" />
            <source>Change the live item</source>
            <translation>Изменить пункт в эфире</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="74" />
            <source>Item {0} is live. Its new cues are not sent now; they apply on its next GO. Change them?</source>
            <translation>Пункт {0} в эфире. Новые реплики не будут отправлены сейчас, они сработают при его следующем ПУСКЕ. Изменить?</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="76" />
            <source>Change cues</source>
            <translation>Изменить реплики</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="122" />
            <source>On GO: nothing in standby.</source>
            <translation>ПУСК: в готовности ничего нет.</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="125" />
            <source>On GO — item {0}: {1}</source>
            <translation>ПУСК — пункт {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="128" />
            <source>(devices not connected)</source>
            <translation>(устройства не подключены)</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="131" />
            <source>break: every microphone is muted</source>
            <translation>перерыв: все микрофоны заглушаются</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="135" />
            <source>(nothing changes)</source>
            <translation>(ничего не меняется)</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="140" />
            <source>⚠ item {0} failed: {1}: {2}</source>
            <translation>⚠ пункт {0} не выполнен: {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="152" />
            <source>⚠ {0} will fail: {1}</source>
            <translation>⚠ {0} не выполнит команду: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/docks.py" line="55" />
            <source>Show</source>
            <translation>Эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/docks.py" line="129" />
            <source>Rehearsal faults</source>
            <translation>Сбои на репетиции</translation>
        </message>
        <message>
            <location filename="../../ui/console/docks.py" line="132" />
            <source>Event log</source>
            <translation>Журнал событий</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="98" />
            <source>The devices could not be started: {0}</source>
            <translation>Не удалось запустить устройства: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="63" />
            <location filename="../../ui/console/hall_error.py" line="74" />
            <source>not valid TOML: {0}</source>
            <translation>некорректный TOML: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="70" />
            <source>not valid TOML: {0} (at the end of the file)</source>
            <translation>некорректный TOML: {0} (в конце файла)</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="120" />
            <source>The hall file cannot be used: nothing is connected and GO is off.</source>
            <translation>Файл зала нельзя использовать: ничего не подключено, GO отключён.</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="133" />
            <source>Correct the file and open it again, or run on the simulators meanwhile.</source>
            <translation>Исправьте файл и откройте его снова или пока работайте на симуляторах.</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="136" />
            <source>Open another hall file…</source>
            <translation>Открыть другой файл зала…</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="139" />
            <source>Use the rehearsal hall</source>
            <translation>Репетиционный зал</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="142" />
            <source>The default hall file, on simulators: nothing reaches the real equipment.</source>
            <translation>Стандартный файл зала на симуляторах: до настоящего оборудования ничего не доходит.</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="161" />
            <source>File: {0}</source>
            <translation>Файл: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="163" />
            <source>Line {0}, key {1}</source>
            <translation>Строка {0}, ключ {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="165" />
            <source>Line {0}, column {1}</source>
            <translation>Строка {0}, столбец {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="167" />
            <source>Line {0}</source>
            <translation>Строка {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="169" />
            <source>Key {0}</source>
            <translation>Ключ {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="174" />
            <source>Problem: {0}</source>
            <translation>Ошибка: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="77" />
            <source>The hall file cannot be used: {0}</source>
            <translation>Файл зала нельзя использовать: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="99" />
            <source>NO HALL FILE</source>
            <translation>НЕТ ФАЙЛА ЗАЛА</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="125" />
            <source>Open a hall file</source>
            <translation>Открыть файл зала</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="125" />
            <source>Hall files (*.toml)</source>
            <translation>Файлы зала (*.toml)</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="166" />
            <source>Hall file {0} opened.</source>
            <translation>Файл зала {0} открыт.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="85" />
            <source>REHEARSAL</source>
            <translation>РЕПЕТИЦИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="85" />
            <source>LIVE</source>
            <translation>ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="88" />
            <source>Item {0} “{1}” is live.</source>
            <translation>В эфире пункт {0} «{1}».</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="90" />
            <source>No item is live, but the show is not over.</source>
            <translation>Сейчас ни один пункт не в эфире, но эфир не окончен.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="94" />
            <source>The show is running</source>
            <translation>Идёт эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="95" />
            <source>The show is running ({0}). {1}</source>
            <translation>Идёт эфир ({0}). {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="97" />
            <source>Quitting ends the show: the actual times stop here and the devices are let go (they keep their last state). Keep the show running unless it is over.</source>
            <translation>Выход завершает эфир: фактическое время на этом остановится, устройства будут отключены (они сохранят последнее состояние). Продолжайте эфир, если он не окончен.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="102" />
            <source>Keep the show running</source>
            <translation>Продолжить эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="103" />
            <source>End the show and quit</source>
            <translation>Завершить эфир и выйти</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="165" />
            <source>live run</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="167" />
            <source>rehearsal run</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="168" />
            <source>earlier run</source>
            <translation>прежний прогон</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="177" />
            <source>Actual times: none yet (the first GO starts a run)</source>
            <translation>Фактическое время: пока нет (первый GO начинает прогон)</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="180" />
            <source>{0} #{1}</source>
            <translation>{0} №{1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="183" />
            <source>Actual times: {0}, started {1} — running now</source>
            <translation>Фактическое время: {0}, начало в {1} — идёт сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="185" />
            <source>Actual times: {0}, started {1} — did not end</source>
            <translation>Фактическое время: {0}, начало в {1} — не завершён</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="186" />
            <source>Actual times: {0}, started {1}</source>
            <translation>Фактическое время: {0}, начало в {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="214" />
            <source>Actual times: reading…</source>
            <translation>Фактическое время: чтение…</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="232" />
            <source>Actual times: could not be read ({0})</source>
            <translation>Фактическое время: не удалось прочитать ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="295" />
            <source>The show stopped unexpectedly</source>
            <translation>Эфир прервался неожиданно</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="297" />
            <source>The show of “{0}” stopped unexpectedly at {1} during item {2} “{3}”. Resume where it was?</source>
            <translation>Эфир «{0}» неожиданно прервался в {1}, во время пункта {2} «{3}». Продолжить с того же места?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="302" />
            <source>The show of “{0}” stopped unexpectedly at {1}, between items. Resume where it was?</source>
            <translation>Эфир «{0}» неожиданно прервался в {1}, между пунктами. Продолжить с того же места?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="308" />
            <source>Resume: show mode, the live item, standby and the actual times come back as they were ({0} started {1}). Nothing is sent to the hall until you ask.
Start fresh: that run is closed as it stood; the next GO starts a new run.</source>
            <translation>Продолжить: режим эфира, пункт в эфире, ожидающий пункт и фактическое время вернутся как были ({0}, начало в {1}). В зал ничего не отправляется, пока вы не попросите.
Начать заново: тот прогон закрывается как есть; следующий GO начнёт новый прогон.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="314" />
            <source>Resume the show</source>
            <translation>Продолжить эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="315" />
            <source>Start fresh</source>
            <translation>Начать заново</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="387" />
            <source>Re-send the hall state?</source>
            <translation>Отправить состояние зала ещё раз?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="389" />
            <source>Item {0} “{1}” is live again. The hall may have changed while the app was down.</source>
            <translation>Пункт {0} «{1}» снова в эфире. Пока программа не работала, состояние зала могло измениться.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="393" />
            <source>Re-sending sets the switcher, projector and microphones to this item's cues again. Check the hall first if someone changed it by hand.</source>
            <translation>Повторная отправка снова выставит микшер, проектор и микрофоны по сигналам этого пункта. Сначала проверьте зал, если кто-то менял его вручную.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="397" />
            <source>Re-send the hall state of the live item</source>
            <translation>Отправить состояние зала для пункта в эфире</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="399" />
            <source>Not now</source>
            <translation>Не сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="31" />
            <location filename="../../ui/console/mode_switch.py" line="45" />
            <source>Switch to LIVE</source>
            <translation>Перейти в ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="31" />
            <location filename="../../ui/console/mode_switch.py" line="45" />
            <source>Switch to rehearsal</source>
            <translation>Перейти в репетицию</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="33" />
            <source>Switch to LIVE? Commands will go to the hall's real equipment.</source>
            <translation>Перейти в ЭФИР? Команды пойдут на реальное оборудование зала.</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="35" />
            <source>Switch to REHEARSAL? The hall's equipment is let go and the simulators take its place.</source>
            <translation>Перейти в РЕПЕТИЦИЮ? Оборудование зала будет отключено, его место займут симуляторы.</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="39" />
            <source>An item is live: the show keeps its place, but the new devices get no cues until the next GO.</source>
            <translation>Пункт в эфире: эфир продолжится с того же места, но новые устройства получат команды только при следующем ПУСКЕ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="63" />
            <source>{0}: the devices are not connected.</source>
            <translation>{0}: устройства не подключены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="96" />
            <source>Open a microphone</source>
            <translation>Включить микрофон</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="99" />
            <source>The live item does not plan channel {0} {1} to be open. Open it anyway?</source>
            <translation>Пункт в эфире не предусматривает включения канала {0} {1}. Всё равно включить?</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="102" />
            <source>Do not ask again</source>
            <translation>Больше не спрашивать</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="103" />
            <source>Open channel</source>
            <translation>Включить канал</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="63" />
            <source>Readiness check: the devices are not connected yet.</source>
            <translation>Проверка готовности: устройства ещё не подключены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="70" />
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="84" />
            <source>Readiness check failed</source>
            <translation>Проверка готовности не удалась</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="151" />
            <source>Readiness: GO</source>
            <translation>Готовность: ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="151" />
            <source>Readiness: NO-GO</source>
            <translation>Готовность: НЕ ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="152" />
            <source>GO</source>
            <translation>ПУСК</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="152" />
            <source>NO-GO</source>
            <translation>НЕ ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>Problems: {0}</source>
            <translation>Проблем: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>No problems.</source>
            <translation>Проблем нет.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="172" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="172" />
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="179" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="195" />
            <source>ok</source>
            <translation>в порядке</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="197" />
            <source>not ready</source>
            <translation>не готово</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="202" />
            <source>rehearsal</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="202" />
            <source>live</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="203" />
            <source>Hall: {0} ({1})</source>
            <translation>Зал: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="205" />
            <source>Event: {0} ({1} items)</source>
            <translation>Мероприятие: {0} (пунктов: {1})</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="208" />
            <source>Standby: item {0}</source>
            <translation>Наготове: пункт {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="209" />
            <source>Standby: nothing</source>
            <translation>Наготове: ничего</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="64" />
            <source>#{0}  {1}  {2} from {3}, not ended  ({4} items run)</source>
            <translation>№{0}  {1}  {2} с {3}, не завершён  (пунктов пройдено: {4})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="67" />
            <source>#{0}  {1}  {2} {3}–{4}  ({5} items run)</source>
            <translation>№{0}  {1}  {2} {3}–{4}  (пунктов пройдено: {5})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="78" />
            <source>Show report: which run?</source>
            <translation>Отчёт об эфире: какой прогон?</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="81" />
            <source>The report is of one run of the show (a rehearsal or the live show).</source>
            <translation>Отчёт составляется по одному прогону (репетиции или эфиру).</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="145" />
            <source>Could not read the runs</source>
            <translation>Не удалось прочитать прогоны</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="162" />
            <source>Show report</source>
            <translation>Отчёт об эфире</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="164" />
            <source>PDF (*.pdf);;CSV (*.csv)</source>
            <translation>PDF (*.pdf);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="206" />
            <source>Could not write the report</source>
            <translation>Не удалось записать отчёт</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="209" />
            <source>Report written to {0}.</source>
            <translation>Отчёт записан в {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="98" />
            <location filename="../../ui/console/show_status.py" line="119" />
            <source>{0}: {1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="121" />
            <source>Item {0}: {1}: {2}</source>
            <translation>Пункт {0}: {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="125" />
            <source>GO ignored: {0}</source>
            <translation>ПУСК не выполнен: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="130" />
            <source>{0}: {1} failed: {2}</source>
            <translation>{0}: {1} — ошибка: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="141" />
            <source>no event open</source>
            <translation>мероприятие не открыто</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="55" />
            <source>Switcher</source>
            <translation>Видеомикшер</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="60" />
            <source>Microphones</source>
            <translation>Микрофоны</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="67" />
            <source>Projector</source>
            <translation>Проектор</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="73" />
            <source>Projector (PJLink)</source>
            <translation>Проектор (PJLink)</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="77" />
            <source>Streaming (OBS)</source>
            <translation>Трансляция (OBS)</translation>
        </message>
    </context>
    <context>
        <name>ConsoleShowControl</name>
        <message>
            <location filename="../../ui/remote_control.py" line="215" />
            <source>PANIC (remote): every microphone muted.</source>
            <translation>ПАНИКА (удалённо): все микрофоны заглушены.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="217" />
            <source>PANIC (remote): no devices connected.</source>
            <translation>ПАНИКА (удалённо): устройства не подключены.</translation>
        </message>
    </context>
    <context>
        <name>Core</name>
        <message>
            <location filename="../../controlroom/check.py" line="82" />
            <source>Hall: {hall} ({mode})</source>
            <translation>Зал: {hall} ({mode})</translation>
        </message>
        <message numerus="yes">
            <location filename="../../controlroom/check.py" line="85" />
            <source>Event: {title} (%n item(s))</source>
            <translation>
                <numerusform>Событие: {title} (%n пункт)</numerusform>
                <numerusform>Событие: {title} (%n пункта)</numerusform>
                <numerusform>Событие: {title} (%n пунктов)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="88" />
            <source>Standby: item {number}</source>
            <translation>На очереди: пункт {number}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="90" />
            <source>Standby: nothing</source>
            <translation>Наготове: ничего</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="93" />
            <location filename="../../controlroom/equipment.py" line="687" />
            <location filename="../../devices/base.py" line="42" />
            <source>ok</source>
            <translation>в норме</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="94" />
            <source>  {device:&lt;12} {kind:&lt;12} {status}</source>
            <translation>  {device:&lt;12} {kind:&lt;12} {status}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="101" />
            <source>{line} - {reason}</source>
            <translation>{line} — {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="104" />
            <source>GO</source>
            <translation>ГОТОВО</translation>
        </message>
        <message numerus="yes">
            <location filename="../../controlroom/check.py" line="106" />
            <source>NO-GO: %n problem(s)</source>
            <translation>
                <numerusform>НЕ ГОТОВО: %n проблема</numerusform>
                <numerusform>НЕ ГОТОВО: %n проблемы</numerusform>
                <numerusform>НЕ ГОТОВО: %n проблем</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="108" />
            <source>  - {where}: {reason}</source>
            <translation>  - {where}: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="116" />
            <source>CONNECTING</source>
            <translation>ПОДКЛЮЧЕНИЕ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="117" />
            <source>OFFLINE</source>
            <translation>НЕТ СВЯЗИ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="118" />
            <source>FAILED</source>
            <translation>СБОЙ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="119" />
            <source>BAD CONFIG</source>
            <translation>ОШИБКА НАСТРОЙКИ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="132" />
            <source>device '{device_id}' is a {kind}, not a {name}</source>
            <translation>устройство «{device_id}» — это {kind}, а не {name}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="140" />
            <source>no device '{device_id}' in hall '{name}'</source>
            <translation>в зале «{name}» нет устройства «{device_id}»</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="148" />
            <source>item {number} '{title}' cues</source>
            <translation>реплики пункта {number} «{title}»</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="191" />
            <source>did not answer a status request</source>
            <translation>не ответило на запрос состояния</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="193" />
            <source>status request failed: {error}</source>
            <translation>запрос состояния не удался: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="200" />
            <location filename="../../devices/pjlink/driver.py" line="448" />
            <source>not connected</source>
            <translation>не подключено</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="203" />
            <source>{reason} (last heard {seconds:.0f} s ago)</source>
            <translation>{reason} (последний ответ {seconds:.0f} с назад)</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="216" />
            <location filename="../../controlroom/equipment.py" line="596" />
            <location filename="../../controlroom/equipment.py" line="682" />
            <source>{state}: {reason}</source>
            <translation>{state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="237" />
            <source>the event has no items: GO would start nothing</source>
            <translation>в событии нет пунктов: GO ничего не запустит</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="239" />
            <source>nothing is in standby: GO would start nothing</source>
            <translation>на очереди ничего нет: GO ничего не запустит</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="240" />
            <source>standby</source>
            <translation>ожидание</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="52" />
            <source>an item has at most one {kind} cue</source>
            <translation>у пункта не больше одной реплики {kind}</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="101" />
            <location filename="../../controlroom/showfile.py" line="277" />
            <location filename="../../devices/cue_json.py" line="20" />
            <location filename="../../devices/pjlink/kind.py" line="234" />
            <source>must be an object</source>
            <translation>должно быть объектом</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="104" />
            <location filename="../../devices/cue_json.py" line="28" />
            <source>unknown field</source>
            <translation>неизвестное поле</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="111" />
            <location filename="../../controlroom/showfile.py" line="266" />
            <source>must be a list</source>
            <translation>должно быть списком</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="34" />
            <source>expected text, got {kind}</source>
            <translation>ожидался текст, получено: {kind}</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="37" />
            <source>empty duration</source>
            <translation>пустая длительность</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="39" />
            <source>{text!r}: a duration cannot be negative</source>
            <translation>{text!r}: длительность не может быть отрицательной</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="43" />
            <source>{text!r} is not a duration (use e.g. 5:00, 1:30:00, 90s, 45m or 300)</source>
            <translation>{text!r} — не длительность (пишите, например, 5:00, 1:30:00, 90s, 45m или 300)</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="49" />
            <source>{text!r} is longer than 24 hours</source>
            <translation>{text!r} дольше 24 часов</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="418" />
            <source>second GO within the {ms:.0f} ms lockout</source>
            <translation>повторный ПУСК в пределах блокировки {ms:.0f} мс</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="422" />
            <source>nothing in standby (end of the run-sheet)</source>
            <translation>в готовности ничего нет (конец сценария)</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="430" />
            <source>GO ignored: {reason}</source>
            <translation>ПУСК не выполнен: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="451" />
            <source>GO: item {number} '{title}'</source>
            <translation>ПУСК: пункт {number} «{title}»</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="455" />
            <source>item {number} '{title}' started</source>
            <translation>пункт {number} «{title}» начат</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="503" />
            <source>standby moved by {delta}</source>
            <translation>готовность сдвинута на {delta}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="511" />
            <source>jump to item {number}</source>
            <translation>переход к пункту {number}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="528" />
            <source>stop</source>
            <translation>стоп</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="531" />
            <source>show stopped after item '{title}'</source>
            <translation>показ остановлен после пункта «{title}»</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="546" />
            <source>stop: every microphone muted (nothing is live)</source>
            <translation>стоп: все микрофоны заглушены (в эфире ничего нет)</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="554" />
            <source>stop: {device} could not be muted: {reason}</source>
            <translation>стоп: {device} не удалось заглушить: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="661" />
            <source>item '{title}' ran {start}-{end} ({seconds:.1f} s, planned {planned} s)</source>
            <translation>пункт «{title}» шёл {start}–{end} ({seconds:.1f} с, по плану {planned} с)</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="716" />
            <source>{mode} run started</source>
            <translation>прогон начат: {mode}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="727" />
            <source>{mode} run ended</source>
            <translation>прогон закончен: {mode}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="798" />
            <source>resumed the unfinished {mode} run</source>
            <translation>продолжен незавершённый прогон: {mode}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="811" />
            <source>re-sent the cues of '{title}'</source>
            <translation>реплики «{title}» отправлены повторно</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="304" />
            <source>hall '{name}' started, rehearsal (simulators)</source>
            <translation>зал «{name}» запущен, репетиция (симуляторы)</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="306" />
            <source>hall '{name}' started, live</source>
            <translation>зал «{name}» запущен, эфир</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="379" />
            <source>no such device in the hall</source>
            <translation>в зале нет такого устройства</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="411" />
            <source>{device_id}: {label}</source>
            <translation>{device_id}: {label}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="450" />
            <source>break: {break_note}</source>
            <translation>перерыв: {break_note}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="486" />
            <source>PANIC: {labels}</source>
            <translation>АВАРИЯ: {labels}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="545" />
            <source>{label}: ok{reply_text}</source>
            <translation>{label}: принято{reply_text}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="554" />
            <source>cancelled</source>
            <translation>отменено</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="568" />
            <source>no answer within {watchdog_s:g} s</source>
            <translation>нет ответа за {watchdog_s:g} с</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="585" />
            <source>{command} failed: {reason}</source>
            <translation>{command} не выполнено: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="616" />
            <source>alarm: {alarm}</source>
            <translation>тревога: {alarm}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="619" />
            <source>alarm over: {alarm}</source>
            <translation>тревога снята: {alarm}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="683" />
            <source>{state}: the device is not connected</source>
            <translation>{state}: устройство не подключено</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="688" />
            <location filename="../../devices/base.py" line="41" />
            <source>connecting</source>
            <translation>подключение</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="689" />
            <location filename="../../devices/base.py" line="43" />
            <source>offline</source>
            <translation>нет связи</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="690" />
            <location filename="../../devices/base.py" line="44" />
            <source>failed</source>
            <translation>сбой</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="691" />
            <location filename="../../devices/base.py" line="45" />
            <source>bad config</source>
            <translation>ошибка настройки</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="699" />
            <source>{kind}: {text}</source>
            <translation>{kind}: {text}</translation>
        </message>
        <message>
            <location filename="../../controlroom/model.py" line="39" />
            <source>{where}: {value:%Y-%m-%d %H:%M} is outside the years {first}..{last}</source>
            <translation>{where}: {value:%Y-%m-%d %H:%M} вне лет {first}..{last}</translation>
        </message>
        <message>
            <location filename="../../controlroom/model.py" line="162" />
            <source>unknown item field {name!r}</source>
            <translation>неизвестное поле пункта {name!r}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="208" />
            <location filename="../../controlroom/runsheet.py" line="272" />
            <source>{what} must be text</source>
            <translation>{what}: должно быть текстом</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="215" />
            <source>the {what} must not be longer than 24 hours</source>
            <translation>{what}: не дольше 24 часов</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="217" />
            <source>the warning time must not be less than the danger time</source>
            <translation>время предупреждения не может быть меньше времени опасности</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="219" />
            <source>the danger time must not be more than the warning time</source>
            <translation>время опасности не может быть больше времени предупреждения</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="223" />
            <source>the {what} must be a date and time, or none</source>
            <translation>{what}: должны быть дата и время или ничего</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="228" />
            <source>{what} {value!r} must be empty or #rrggbb</source>
            <translation>{what} {value!r}: должно быть пустым или #rrggbb</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="232" />
            <source>{what} must be an ItemCues</source>
            <translation>{what}: должно быть ItemCues</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="243" />
            <source>{name}: {error}</source>
            <translation>{name}: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="250" />
            <source>unknown event field {name!r}</source>
            <translation>неизвестное поле события {name!r}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="255" />
            <source>the {name} must be text</source>
            <translation>{name}: должно быть текстом</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="259" />
            <source>the scheduled start must be a date and time</source>
            <translation>плановое начало должно быть датой и временем</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="266" />
            <source>languages must be a list of language codes</source>
            <translation>языки должны быть списком кодов языков</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="274" />
            <source>{what} must not be empty</source>
            <translation>{what}: не может быть пустым</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="287" />
            <source>unknown {label} {value!r} (one of {choices})</source>
            <translation>{label}: неизвестное значение {value!r} (допустимо: {choices})</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="298" />
            <source>{what} must be a whole number of seconds</source>
            <translation>{what}: должно быть целым числом секунд</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="300" />
            <source>{what} must not be negative</source>
            <translation>{what}: не может быть отрицательным</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="323" />
            <source>store the event first (Database.create_event), then edit it</source>
            <translation>сначала сохраните событие (Database.create_event), затем редактируйте</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="483" />
            <source>row {index} is outside 0..{count}</source>
            <translation>строка {index} вне диапазона 0..{count}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="493" />
            <source>item {number}: {error}</source>
            <translation>пункт {number}: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="530" />
            <source>destination {destination} is outside 0..{count}</source>
            <translation>место {destination} вне диапазона 0..{count}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="702" />
            <source>not written: an earlier edit could not be saved</source>
            <translation>не записано: предыдущее изменение не удалось сохранить</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="717" />
            <source>the database is closed ({error})</source>
            <translation>база данных закрыта ({error})</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="779" />
            <source>row {index} is outside 0..{number}</source>
            <translation>строка {index} вне диапазона 0..{number}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="88" />
            <source>line {line}</source>
            <translation>строка {line}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="118" />
            <source>no such file</source>
            <translation>нет такого файла</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="120" />
            <location filename="../../controlroom/showfile.py" line="128" />
            <source>is a folder, not a file</source>
            <translation>это папка, а не файл</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="123" />
            <location filename="../../controlroom/showfile.py" line="143" />
            <source>cannot be read: {error}</source>
            <translation>не читается: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="132" />
            <source>is not a regular file (a pipe, device or socket); save it to a file first</source>
            <translation>не обычный файл (канал, устройство или сокет); сначала сохраните его в файл</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="137" />
            <location filename="../../controlroom/showfile.py" line="155" />
            <source>larger than {limit_mb} MB; not a show file</source>
            <translation>больше {limit_mb} МБ; это не файл показа</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="166" />
            <source>not UTF-8 text (byte 0x{byte:02x} at offset {start})</source>
            <translation>не текст UTF-8 (байт 0x{byte:02x} на позиции {start})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="172" />
            <location filename="../../controlroom/showfile.py" line="426" />
            <source>the file is empty</source>
            <translation>файл пуст</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="204" />
            <source>invalid JSON: {msg} (column {colno})</source>
            <translation>неверный JSON: {msg} (столбец {colno})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="210" />
            <source>invalid JSON: nested too deeply</source>
            <translation>неверный JSON: слишком глубокая вложенность</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="220" />
            <source>invalid JSON: {value} is not a number</source>
            <translation>неверный JSON: {value} — не число</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="225" />
            <source>a show file must be a JSON object</source>
            <translation>файл показа должен быть объектом JSON</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="230" />
            <source>not a controlroom show file ("format": "{format}" missing)</source>
            <translation>не файл показа controlroom (нет "format": "{format}")</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="234" />
            <source>must be "{format}"</source>
            <translation>должно быть "{format}"</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="237" />
            <source>"version" missing</source>
            <translation>нет "version"</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="242" />
            <source>unknown format version {version!r} (this controlroom reads {readable})</source>
            <translation>неизвестная версия формата {version!r} (эта версия controlroom читает {readable})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="251" />
            <source>missing or not an object</source>
            <translation>отсутствует или не объект</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="257" />
            <location filename="../../controlroom/showfile.py" line="285" />
            <location filename="../../controlroom/showfile.py" line="462" />
            <source>missing</source>
            <translation>отсутствует</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="282" />
            <source>{key} need format version 2</source>
            <translation>{key}: нужна версия формата 2</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="322" />
            <source>danger time {danger} is after the warning time {warning} (must not be more)</source>
            <translation>время опасности {danger} позже времени предупреждения {warning} (не должно быть больше)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="392" />
            <source>{count} fields where the header has {count2}</source>
            <translation>полей: {count}, а в заголовке: {count2}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="410" />
            <source>position {position} appears twice (also line {line})</source>
            <translation>позиция {position} встречается дважды (также строка {line})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="423" />
            <source>not valid CSV: {error}</source>
            <translation>неверный CSV: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="429" />
            <source>blank, but other rows have a position</source>
            <translation>пусто, но у других строк позиция есть</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="442" />
            <source>unknown column {column!r} (columns: {columns})</source>
            <translation>неизвестный столбец {column!r} (столбцы: {columns})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="452" />
            <source>column {column!r} appears twice</source>
            <translation>столбец {column!r} встречается дважды</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="455" />
            <source>no title column</source>
            <translation>нет столбца title</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="470" />
            <source>{text!r} is not a positive whole number</source>
            <translation>{text!r} — не целое положительное число</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="552" />
            <source>unknown field (expected one of {fields})</source>
            <translation>неизвестное поле (ожидается одно из: {fields})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="558" />
            <source>must be a duration such as 5:00, 90s or 300</source>
            <translation>должно быть длительностью, например 5:00, 90s или 300</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="561" />
            <source>{value} is negative</source>
            <translation>{value} — отрицательное</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="570" />
            <source>must be a duration such as 5:00, 90s or 300, not {json_type}</source>
            <translation>должно быть длительностью, например 5:00, 90s или 300, а не {json_type}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="583" />
            <source>must be a date and time text, not {json_type}</source>
            <translation>должно быть текстом с датой и временем, а не {json_type}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="589" />
            <source>{value!r} is not a date and time (YYYY-MM-DD HH:MM)</source>
            <translation>{value!r} — не дата и время (ГГГГ-ММ-ДД ЧЧ:ММ)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="592" />
            <source>{value!r}: give local time without a time zone</source>
            <translation>{value!r}: укажите местное время без часового пояса</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="597" />
            <source>{value!r} is outside the years 2000..2100 this app accepts</source>
            <translation>{value!r} вне допустимых лет 2000..2100</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="606" />
            <source>{value!r} is not a time of day</source>
            <translation>{value!r} — не время суток</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="621" />
            <location filename="../../ui/runsheet_model.py" line="620" />
            <source>unknown kind {value!r} (one of {choices})</source>
            <translation>неизвестный вид {value!r} (допустимо: {choices})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="789" />
            <source>moved to the new start: {error}</source>
            <translation>перенос на новое начало: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="794" />
            <source>a CSV file holds items only: give the event start</source>
            <translation>в файле CSV только пункты: укажите начало события</translation>
        </message>
        <message>
            <location filename="../../controlroom/storage.py" line="478" />
            <source>read-only: another controlroom{who} is editing this database</source>
            <translation>только чтение: эту базу редактирует другой controlroom{who}</translation>
        </message>
        <message>
            <location filename="../../devices/base.py" line="83" />
            <location filename="../../devices/microphones/driver.py" line="583" />
            <location filename="../../devices/microphones/driver.py" line="596" />
            <location filename="../../devices/microphones/driver.py" line="608" />
            <source>{device}: {reason}</source>
            <translation>{device}: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="33" />
            <source>must be a non-empty string</source>
            <translation>должно быть непустой строкой</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="41" />
            <source>must be an input number (0 or more)</source>
            <translation>должно быть номером входа (0 или больше)</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="47" />
            <source>must be a channel number (1 or more)</source>
            <translation>должно быть номером канала (1 или больше)</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="54" />
            <source>must be true or false</source>
            <translation>должно быть true или false</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="59" />
            <source>must be a number of seconds from 0 to 600</source>
            <translation>должно быть числом секунд от 0 до 600</translation>
        </message>
        <message>
            <location filename="../../devices/driver_base.py" line="317" />
            <source>internal error on the I/O thread ({kind}: {error}); restarting</source>
            <translation>внутренняя ошибка потока ввода-вывода ({kind}: {error}); перезапуск</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="66" />
            <source>{path}: no such file</source>
            <translation>{path}: нет такого файла</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="69" />
            <source>{path}: cannot read: {error}</source>
            <translation>{path}: не читается: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="80" />
            <source>{source}: invalid TOML: {error}</source>
            <translation>{source}: неверный TOML: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="84" />
            <source>{source}: invalid TOML: nested too deeply</source>
            <translation>{source}: неверный TOML: слишком глубокая вложенность</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="103" />
            <source>{source}: {where}{problem}</source>
            <translation>{source}: {where}{problem}</translation>
        </message>
        <message>
            <location filename="../../devices/kind.py" line="53" />
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <location filename="../../devices/kind.py" line="181" />
            <source>forcing its break state</source>
            <translation>перевод в состояние перерыва</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="95" />
            <location filename="../../devices/streaming/driver.py" line="289" />
            <location filename="../../devices/switcher/driver.py" line="304" />
            <source>stopped</source>
            <translation>остановлено</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="200" />
            <location filename="../../devices/projector/driver.py" line="307" />
            <source>opening {port}</source>
            <translation>открытие {port}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="346" />
            <source>{device}: model {name} has no mute: use the mixer</source>
            <translation>{device}: у модели {name} нет заглушения: используйте микшер</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="389" />
            <location filename="../../devices/switcher/driver.py" line="406" />
            <source>{device} is {state}: {reason}</source>
            <translation>{device} — {state}: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="461" />
            <source>{device} is not connected</source>
            <translation>{device} не подключено</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="473" />
            <source>lost the link to {port}: {error}</source>
            <translation>потеряна связь с {port}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="476" />
            <source>closed</source>
            <translation>закрыто</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="509" />
            <source>{error}; retrying</source>
            <translation>{error}; повтор</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="519" />
            <source>waiting for the device at {port}</source>
            <translation>ожидание устройства на {port}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="540" />
            <source>no answer from {port} to {unanswered} polls; retrying</source>
            <translation>нет ответа от {port} на опросы: {unanswered}; повтор</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="713" />
            <source>{device} refused {command}</source>
            <translation>{device} отклонило {command}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="765" />
            <source>{device}: no answer to {command} within {timeout:g} s</source>
            <translation>{device}: нет ответа на {command} за {timeout:g} с</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="142" />
            <source>muting every channel</source>
            <translation>заглушение всех каналов</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="229" />
            <source>must be a list of channel numbers</source>
            <translation>должно быть списком номеров каналов</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="233" />
            <source>must be an object of channel: dB</source>
            <translation>должно быть объектом «канал: дБ»</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="240" />
            <source>not a channel number</source>
            <translation>не номер канала</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="242" />
            <source>must be a number of dB</source>
            <translation>должно быть числом дБ</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="244" />
            <source>must be between -18 and 42 dB</source>
            <translation>должно быть от -18 до 42 дБ</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="310" />
            <location filename="../../devices/microphones/kind.py" line="324" />
            <source>channel {channel} is not a channel of '{device}' (channels: {number_list})</source>
            <translation>канал {channel} не относится к «{device}» (каналы: {number_list})</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="356" />
            <source>battery empty on channel {channels}</source>
            <translation>разряжена батарея на канале {channels}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/models.py" line="220" />
            <source>{model} has no mute command: channel(s) {listed} cannot be muted from here (PANIC cannot reach them either); mute them at the mixer</source>
            <translation>у {model} нет команды заглушения: канал(ы) {listed} нельзя заглушить отсюда (АВАРИЯ тоже не достаёт); заглушите их на микшере</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="135" />
            <location filename="../../devices/projector/driver.py" line="240" />
            <location filename="../../devices/streaming/driver.py" line="220" />
            <location filename="../../devices/switcher/driver.py" line="180" />
            <source>not started</source>
            <translation>не запущено</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="190" />
            <source>connecting to {where}</source>
            <translation>подключение к {where}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="214" />
            <location filename="../../devices/pjlink/driver.py" line="292" />
            <location filename="../../devices/pjlink/driver.py" line="468" />
            <source>the PJLink driver was stopped</source>
            <translation>драйвер PJLink остановлен</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="234" />
            <source>the display has no input {name!r} (known: {known})</source>
            <translation>у дисплея нет входа {name!r} (известные: {known})</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="289" />
            <source>config is wrong: {reason}</source>
            <translation>ошибка настройки: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="299" />
            <location filename="../../devices/pjlink/driver.py" line="431" />
            <location filename="../../devices/pjlink/driver.py" line="583" />
            <source>display is offline: {reason}</source>
            <translation>дисплей не на связи: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="315" />
            <location filename="../../devices/projector/driver.py" line="522" />
            <source>{command} replaced by {command2}</source>
            <translation>{command} заменена на {command2}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="370" />
            <source>cannot connect to {where}: {error}</source>
            <translation>не удаётся подключиться к {where}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="385" />
            <source>{where}: {error}</source>
            <translation>{where}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="390" />
            <source>no PJLink greeting from {where}</source>
            <translation>нет приветствия PJLink от {where}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="398" />
            <source>{where} does not speak PJLink</source>
            <translation>{where} не понимает PJLink</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="404" />
            <source>the display refused the connection (ERRA)</source>
            <translation>дисплей отклонил подключение (ERRA)</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="411" />
            <source>the display wants a PJLink password: set password in the hall file</source>
            <translation>дисплей требует пароль PJLink: задайте password в файле зала</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="461" />
            <location filename="../../devices/projector/driver.py" line="684" />
            <source>connection closed</source>
            <translation>соединение закрыто</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="477" />
            <location filename="../../devices/pjlink/driver.py" line="479" />
            <source>display is offline: {text}</source>
            <translation>дисплей не на связи: {text}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="521" />
            <source>PJLink password rejected (ERRA): check password in the hall file</source>
            <translation>пароль PJLink отклонён (ERRA): проверьте пароль в файле зала</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="546" />
            <source>display refused {command}: {text} ({error})</source>
            <translation>дисплей отклонил {command}: {text} ({error})</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="568" />
            <source>display did not answer {command} in {reply_timeout:g} s</source>
            <translation>дисплей не ответил на {command} за {reply_timeout:g} с</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="576" />
            <source>no answer from {where} to {missed} requests</source>
            <translation>нет ответа от {where} на запросы: {missed}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="642" />
            <source>display is off: {command} not sent; there is no image to blank</source>
            <translation>дисплей выключен: {command} не отправлена; нет изображения для шторки</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="237" />
            <source>unknown key</source>
            <translation>неизвестный ключ</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="240" />
            <source>must be a device id</source>
            <translation>должно быть идентификатором устройства</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="243" />
            <source>must be an input name</source>
            <translation>должно быть именем входа</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="246" />
            <source>must be a number of seconds, 0 or more</source>
            <translation>должно быть числом секунд, 0 или больше</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="282" />
            <source>blank: left as is, the display is off</source>
            <translation>шторка: без изменений, дисплей выключен</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="317" />
            <source>{device} has no input {source!r} (known: {known})</source>
            <translation>у {device} нет входа {source!r} (известные: {known})</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="338" />
            <source>the display reports an error: {parts}</source>
            <translation>дисплей сообщает об ошибке: {parts}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="345" />
            <source>must be true, false or left out</source>
            <translation>должно быть true, false или отсутствовать</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="332" />
            <location filename="../../devices/projector/driver.py" line="465" />
            <source>the projector driver was stopped</source>
            <translation>драйвер проектора остановлен</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="365" />
            <source>the projector has no source {name!r} (known: {known})</source>
            <translation>у проектора нет источника {name!r} (известные: {known})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="461" />
            <source>projector config is wrong: {reason}</source>
            <translation>ошибка настройки проектора: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="472" />
            <location filename="../../devices/projector/driver.py" line="890" />
            <source>projector is offline: {reason}</source>
            <translation>проектор не на связи: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="599" />
            <source>projector is offline: {error}</source>
            <translation>проектор не на связи: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="615" />
            <source>{port} open; no answer yet</source>
            <translation>{port} открыт; ответа пока нет</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="682" />
            <source>connection lost: {error}</source>
            <translation>соединение потеряно: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="797" />
            <source>projector refused {command}</source>
            <translation>проектор отклонил {command}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="807" />
            <source>projector is off ({power}): {command} not sent; there is no image until it is powered on</source>
            <translation>проектор выключен ({power}): {command} не отправлена; изображения нет, пока он не включён</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="816" />
            <source>projector refused {command}: {text} (ERR={code})</source>
            <translation>проектор отклонил {command}: {text} (ERR={code})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="822" />
            <source>projector refused {command} (power: {power})</source>
            <translation>проектор отклонил {command} (питание: {power})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="841" />
            <source>projector did not answer {command} within {timeout:g} s</source>
            <translation>проектор не ответил на {command} за {timeout:g} с</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="852" />
            <source>projector refused {command} (no reason given)</source>
            <translation>проектор отклонил {command} (без объяснения причины)</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="862" />
            <source>no answer from {port} to {unanswered} requests</source>
            <translation>нет ответа от {port} на запросы: {unanswered}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="868" />
            <source>no answer from {port} to {unanswered} requests since a power-on it never confirmed (projector fault suspected)</source>
            <translation>нет ответа от {port} на запросы: {unanswered} после включения, которое он так и не подтвердил (вероятна неисправность проектора)</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="265" />
            <source>blank: left as is, the projector is off</source>
            <translation>шторка: без изменений, проектор выключен</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="300" />
            <source>'{source}' is not a source of projector '{device}' (sources: {value})</source>
            <translation>«{source}» не источник проектора «{device}» (источники: {value})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="304" />
            <location filename="../../devices/streaming/kind.py" line="399" />
            <source>none</source>
            <translation>нет</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="318" />
            <source>unknown error</source>
            <translation>неизвестная ошибка</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="319" />
            <source>projector error {code}: {text}</source>
            <translation>ошибка проектора {code}: {text}</translation>
        </message>
        <message>
            <location filename="../../devices/serial_ports.py" line="162" />
            <source>no serial port matches {port} (ports present: {listed})</source>
            <translation>нет последовательного порта, подходящего под {port} (есть порты: {listed})</translation>
        </message>
        <message>
            <location filename="../../devices/serial_ports.py" line="168" />
            <source>{count} serial ports match {port}: {listed}; add serial= or location= to pick one</source>
            <translation>под {port} подходит несколько последовательных портов ({count}): {listed}; добавьте serial= или location=, чтобы выбрать один</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="128" />
            <source>cannot open {where}: {error}</source>
            <translation>не удаётся открыть {where}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="136" />
            <source>{url}: {error}</source>
            <translation>{url}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="152" />
            <source>{url} is not open</source>
            <translation>{url} не открыт</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="158" />
            <source>write to {url} failed: {error}</source>
            <translation>запись в {url} не удалась: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="265" />
            <location filename="../../devices/streaming/driver.py" line="707" />
            <source>connecting to {url}</source>
            <translation>подключение к {url}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="288" />
            <location filename="../../devices/switcher/driver.py" line="303" />
            <source>{device}: driver stopped</source>
            <translation>{device}: драйвер остановлен</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="350" />
            <location filename="../../devices/switcher/driver.py" line="403" />
            <source>{device}: not started</source>
            <translation>{device}: не запущено</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="354" />
            <source>{device} is {state}: {why}</source>
            <translation>{device} — {state}: {why}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="427" />
            <location filename="../../devices/streaming/driver.py" line="694" />
            <source>{device}: OBS refused {request_type}: {describe}</source>
            <translation>{device}: OBS отклонил {request_type}: {describe}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="450" />
            <source>{device}: cannot send {command}: {error}</source>
            <translation>{device}: не удаётся отправить {command}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="821" />
            <source>{device}: {command}: {error}</source>
            <translation>{device}: {command}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="859" />
            <source>{device}: OBS did not answer {command} within {command_timeout:g} s</source>
            <translation>{device}: OBS не ответил на {command} за {command_timeout:g} с</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="888" />
            <source>{device}: connection to OBS closed ({reason})</source>
            <translation>{device}: соединение с OBS закрыто ({reason})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="275" />
            <source>must be an object with device, scene, stream, record</source>
            <translation>должно быть объектом с device, scene, stream, record</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="279" />
            <source>unknown field (expected {fields})</source>
            <translation>неизвестное поле (ожидается: {fields})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="286" />
            <source>must be the id of a streaming device</source>
            <translation>должно быть идентификатором устройства трансляции</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="289" />
            <source>must be a scene name</source>
            <translation>должно быть именем сцены</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="294" />
            <source>must be true, false or absent</source>
            <translation>должно быть true, false или отсутствовать</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="298" />
            <source>must be seconds from 0 to 3600</source>
            <translation>должно быть числом секунд от 0 до 3600</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="300" />
            <source>asks for nothing (give scene, stream or record)</source>
            <translation>ничего не запрошено (укажите scene, stream или record)</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="332" />
            <source>stream already on</source>
            <translation>трансляция уже идёт</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="332" />
            <source>stream already off</source>
            <translation>трансляция уже остановлена</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="338" />
            <source>recording already on</source>
            <translation>запись уже идёт</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="338" />
            <source>recording already off</source>
            <translation>запись уже остановлена</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="369" />
            <source>{device} has no scene {scene} (the hall file lists {scenes})</source>
            <translation>у {device} нет сцены {scene} (в файле зала: {scenes})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="390" />
            <source>no state from OBS yet</source>
            <translation>от OBS ещё нет состояния</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="396" />
            <source>OBS has no scene {missing} (it has {scenes})</source>
            <translation>в OBS нет сцены {missing} (есть: {scenes})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="403" />
            <source>no stream service configured in OBS (Settings &gt; Stream)</source>
            <translation>в OBS не настроен сервис трансляции (Settings &gt; Stream)</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="405" />
            <source>OBS has no recording path (Settings &gt; Output &gt; Recording)</source>
            <translation>в OBS не задан путь записи (Settings &gt; Output &gt; Recording)</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="435" />
            <source>OBS {version} cannot mark record chapters (they need OBS 30.2 or later): going on without chapter markers</source>
            <translation>OBS {version} не умеет отмечать главы записи (нужен OBS 30.2 или новее): продолжаем без меток глав</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="447" />
            <source>stream dropped</source>
            <translation>трансляция оборвалась</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="448" />
            <source>stream reconnecting</source>
            <translation>трансляция переподключается</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="449" />
            <source>stream congested</source>
            <translation>трансляция перегружена</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="450" />
            <source>frames skipped</source>
            <translation>пропущены кадры</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="451" />
            <source>recording stopped</source>
            <translation>запись остановлена</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="361" />
            <source>{device}: transition rate {seconds!r} s is not within (0, {longest:g}] s at {frame_rate:g} fps</source>
            <translation>{device}: длительность перехода {seconds!r} с вне (0, {longest:g}] с при {frame_rate:g} кадр/с</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="415" />
            <source>{device}: {host} not resolved yet</source>
            <translation>{device}: адрес {host} ещё не определён</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="429" />
            <source>{device}: not connected</source>
            <translation>{device}: не подключено</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="434" />
            <source>{device}: cannot send to {where}: {error}</source>
            <translation>{device}: не удаётся отправить на {where}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="455" />
            <source>{device}: {error}</source>
            <translation>{device}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="481" />
            <source>{device}: {number!r} is not an input of this {input_count}-input switcher</source>
            <translation>{device}: {number!r} — не вход этого видеомикшера на {input_count} входов</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="564" />
            <source>no route to {where} to listen on: {error}</source>
            <translation>нет маршрута к {where} для приёма: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="578" />
            <source>cannot listen for feedback on {host} UDP port {feedback_port}: {error}</source>
            <translation>не удаётся принимать обратную связь на {host}, UDP-порт {feedback_port}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="587" />
            <location filename="../../devices/switcher/driver.py" line="681" />
            <source>waiting for {where}</source>
            <translation>ожидание {where}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="677" />
            <source>cannot resolve {host}: {error}</source>
            <translation>не удаётся определить адрес {host}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="688" />
            <source>only malformed datagrams from the switcher ({errors_since_heard} protocol errors)</source>
            <translation>от видеомикшера приходят только неверные датаграммы (ошибок протокола: {errors_since_heard})</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="693" />
            <source>no answer from {where} to {unanswered} status requests</source>
            <translation>нет ответа от {where} на запросы состояния: {unanswered}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="702" />
            <source>{device} went offline: {reason}</source>
            <translation>{device} потеряло связь: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="727" />
            <source>{device}: the switcher did not confirm {command}</source>
            <translation>{device}: видеомикшер не подтвердил {command}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="756" />
            <source>atemOSC reports the switcher link down (LED red)</source>
            <translation>atemOSC сообщает, что связь с видеомикшером потеряна (красный индикатор)</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="759" />
            <source>{device}: switcher link down</source>
            <translation>{device}: связь с видеомикшером потеряна</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/kind.py" line="309" />
            <source>must be one of {choices}</source>
            <translation>должно быть одним из: {choices}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/kind.py" line="378" />
            <source>input {number} is not an input of switcher '{device}' (inputs: {number_list})</source>
            <translation>вход {number} не относится к видеомикшеру «{device}» (входы: {number_list})</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/kind.py" line="396" />
            <source>the switcher reports its link to the mixer is down</source>
            <translation>видеомикшер сообщает, что связь с микшером потеряна</translation>
        </message>
        <message>
            <location filename="../../devices/text.py" line="119" />
            <source>rehearsal</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../devices/text.py" line="119" />
            <source>live</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/bridge.py" line="145" />
            <source>the devices are still connecting</source>
            <translation>устройства ещё подключаются</translation>
        </message>
        <message>
            <location filename="../../ui/bridge.py" line="180" />
            <source>not sent: {why}</source>
            <translation>не отправлено: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="283" />
            <source>live item {number} '{title}' edited</source>
            <translation>пункт в эфире {number} «{title}» изменён</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="334" />
            <source>PANIC</source>
            <translation>АВАРИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="358" />
            <source>show mode</source>
            <translation>режим эфира</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="358" />
            <source>edit mode</source>
            <translation>режим правки</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="75" />
            <source>switch to {mode}</source>
            <translation>переключение: {mode}</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="76" />
            <source>switching to {mode}</source>
            <translation>идёт переключение: {mode}</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="100" />
            <source>hall start failed: {error}</source>
            <translation>зал не запустился: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="103" />
            <source>the devices could not be started: {error}</source>
            <translation>устройства не удалось запустить: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="74" />
            <source>hall file {path}: {error}</source>
            <translation>файл зала {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="139" />
            <source>hall file {path} ({mode})</source>
            <translation>файл зала {path} ({mode})</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="126" />
            <source>quit cancelled: the show keeps running</source>
            <translation>выход отменён: показ продолжается</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="128" />
            <source>ended the show and quit</source>
            <translation>показ завершён, выход</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="356" />
            <source>did not resume the unfinished {mode} run {run}</source>
            <translation>незавершённый прогон {run} не продолжен: {mode}</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="59" />
            <source>{device}: {command} (not connected)</source>
            <translation>{device}: {command} (не подключено)</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="88" />
            <source>readiness check: GO</source>
            <translation>проверка готовности: ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="89" />
            <source>readiness check: NO-GO</source>
            <translation>проверка готовности: НЕ ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="141" />
            <source>rehearsal fault: {device}.{method}({arguments})</source>
            <translation>сбой на репетиции: {device}.{method}({arguments})</translation>
        </message>
    </context>
    <context>
        <name>DevicePanel</name>
        <message>
            <location filename="../../ui/panels/common.py" line="248" />
            <source>No current values: the device is not connected.</source>
            <translation>Текущих значений нет: устройство не подключено.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="250" />
            <source>Last known values, {0} ago — not current.</source>
            <translation>Последние известные значения, {0} назад — не текущие.</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <location filename="../../ui/panels/common.py" line="78" />
            <source>connected</source>
            <translation>подключено</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="79" />
            <source>connecting</source>
            <translation>подключение</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="80" />
            <source>offline</source>
            <translation>нет связи</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="81" />
            <source>failed</source>
            <translation>сбой</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="82" />
            <source>bad configuration</source>
            <translation>ошибка настройки</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="90" />
            <source>{0} s</source>
            <translation>{0} с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="92" />
            <source>{0} min {1} s</source>
            <translation>{0} мин {1} с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="93" />
            <source>{0} h {1} min</source>
            <translation>{0} ч {1} мин</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="109" />
            <source>not started</source>
            <translation>не запущено</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="156" />
            <source>never heard from</source>
            <translation>ответов не было</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="159" />
            <source>last heard {0} ago</source>
            <translation>последний ответ {0} назад</translation>
        </message>
    </context>
    <context>
        <name>DuplicateEventDialog</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="156" />
            <source>Duplicate event as template</source>
            <translation>Копия мероприятия как шаблон</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="161" />
            <source>A copy of “{0}” with all its items, for a new date.</source>
            <translation>Копия «{0}» со всеми пунктами — на новую дату.</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="167" />
            <source>New title</source>
            <translation>Новое название</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="168" />
            <source>Scheduled start</source>
            <translation>Начало по плану</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsDialog</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="82" />
            <source>New event</source>
            <translation>Новое мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="82" />
            <source>Event details</source>
            <translation>Сведения о мероприятии</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="97" />
            <source>Language codes separated by commas, e.g. kk, ru</source>
            <translation>Коды языков через запятую, например kk, ru</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="107" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="108" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="109" />
            <source>Scheduled start</source>
            <translation>Начало по плану</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="110" />
            <source>Venue</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="111" />
            <source>Languages</source>
            <translation>Языки</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="112" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="126" />
            <source>The event needs a title.</source>
            <translation>У мероприятия должно быть название.</translation>
        </message>
    </context>
    <context>
        <name>EventKind</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="45" />
            <source>Briefing</source>
            <translation>Брифинг</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="46" />
            <source>Press conference</source>
            <translation>Пресс-конференция</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="47" />
            <source>Meeting</source>
            <translation>Встреча</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="48" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../ui/inspector.py" line="126" />
            <source>Show mode: the run-sheet is locked.</source>
            <translation>Режим эфира: сценарий заблокирован.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="173" />
            <source>No item selected.</source>
            <translation>Пункт не выбран.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="175" />
            <source>Cues of item {0}: {1}</source>
            <translation>Команды пункта {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="275" />
            <source>On GO: nothing in standby.</source>
            <translation>ПУСК: в готовности ничего нет.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="276" />
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="278" />
            <source>Delay after GO</source>
            <translation>Задержка после ПУСКА</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="218" />
            <source>Microphones: {0}</source>
            <translation>Микрофоны: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="221" />
            <source>Unticked: the microphones are left as they are</source>
            <translation>Без галочки: микрофоны остаются как есть</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="230" />
            <source>gain as is</source>
            <translation>как есть</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="231" />
            <source> dB</source>
            <translation> дБ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="240" />
            <location filename="../../ui/panels/projector.py" line="191" />
            <location filename="../../ui/panels/switcher.py" line="181" />
            <source>Delay</source>
            <translation>Задержка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="167" />
            <source>Projector: {0}</source>
            <translation>Проектор: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="178" />
            <location filename="../../ui/panels/projector.py" line="181" />
            <location filename="../../ui/panels/projector.py" line="185" />
            <location filename="../../ui/panels/switcher.py" line="175" />
            <source>as is</source>
            <translation>как есть</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="178" />
            <source>on</source>
            <translation>вкл.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="178" />
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="185" />
            <source>blank</source>
            <translation>шторка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="185" />
            <source>show</source>
            <translation>показ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="188" />
            <source>Power</source>
            <translation>Питание</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="189" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="190" />
            <source>Blank</source>
            <translation>Шторка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="162" />
            <source>Switcher: {0}</source>
            <translation>Видеомикшер: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="170" />
            <source>cut</source>
            <translation>склейка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="171" />
            <source>auto (mix)</source>
            <translation>авто (микс)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="178" />
            <source>Program</source>
            <translation>Программа</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="179" />
            <source>Transition</source>
            <translation>Переход</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="180" />
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
    </context>
    <context>
        <name>ItemFields</name>
        <message>
            <location filename="../../ui/item_fields.py" line="45" />
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="51" />
            <source>e.g. Minister, moderator</source>
            <translation>например, министр, модератор</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="54" />
            <source>Time left when the presenter timer turns amber (m:ss)</source>
            <translation>Сколько времени остаётся, когда таймер докладчика становится жёлтым (м:сс)</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="57" />
            <source>Time left when the presenter timer turns red (m:ss)</source>
            <translation>Сколько времени остаётся, когда таймер докладчика становится красным (м:сс)</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="60" />
            <source>none (#rrggbb)</source>
            <translation>нет (#rrggbb)</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="63" />
            <source>Choose…</source>
            <translation>Выбрать…</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="78" />
            <source>Speaker role</source>
            <translation>Должность докладчика</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="79" />
            <source>Warning at</source>
            <translation>Предупреждение за</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="80" />
            <source>Danger at</source>
            <translation>Тревога за</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="81" />
            <source>Row colour</source>
            <translation>Цвет строки</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="88" />
            <source>The warning time '{0}' is not a time: {1}</source>
            <translation>Время предупреждения «{0}» — не время: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="93" />
            <source>The danger time '{0}' is not a time: {1}</source>
            <translation>Время тревоги «{0}» — не время: {1}</translation>
        </message>
    </context>
    <context>
        <name>ItemKind</name>
        <message>
            <location filename="../../ui/runsheet_model.py" line="115" />
            <source>Segment</source>
            <translation>Выступление</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="116" />
            <source>Q&amp;A</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="117" />
            <source>Break</source>
            <translation>Перерыв</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="118" />
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="119" />
            <source>Other</source>
            <translation>Другое</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/i18n.py" line="133" />
            <location filename="../../ui/i18n.py" line="164" />
            <source>Language</source>
            <translation>Язык</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="139" />
            <source>System</source>
            <translation>Как в системе</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="156" />
            <source>The language changes when controlroom is started again.</source>
            <translation>Язык сменится при следующем запуске controlroom.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="159" />
            <source>{0}={1} is set, and it comes first.</source>
            <translation>Задано {0}={1}, оно важнее этой настройки.</translation>
        </message>
    </context>
    <context>
        <name>LogPanel</name>
        <message>
            <location filename="../../ui/panels/log.py" line="64" />
            <source>debug</source>
            <translation>отладка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="65" />
            <source>info</source>
            <translation>инфо</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="66" />
            <source>warning</source>
            <translation>предупреждение</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="67" />
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="74" />
            <source>action</source>
            <translation>действие</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="75" />
            <source>command</source>
            <translation>команда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="76" />
            <source>reply</source>
            <translation>ответ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="77" />
            <source>status</source>
            <translation>состояние</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="78" />
            <source>item</source>
            <translation>пункт</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="84" />
            <source>engine</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="84" />
            <source>operator</source>
            <translation>оператор</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="207" />
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="213" />
            <source>{0} and above</source>
            <translation>{0} и выше</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="243" />
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="315" />
            <source>The earlier log could not be read: {0}</source>
            <translation>Не удалось прочитать прежний журнал: {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="156" />
            <location filename="../../ui/main_window.py" line="591" />
            <source>controlroom</source>
            <translation>controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="291" />
            <source>&amp;Open event…</source>
            <translation>&amp;Открыть мероприятие…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="292" />
            <source>Choose an event to open</source>
            <translation>Выбрать мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="295" />
            <source>&amp;New event…</source>
            <translation>&amp;Новое мероприятие…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="296" />
            <source>Create an empty event</source>
            <translation>Создать пустое мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>D&amp;uplicate event as template…</source>
            <translation>&amp;Копия мероприятия как шаблон…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="300" />
            <source>Copy this event with its items for a new date</source>
            <translation>Скопировать мероприятие со всеми пунктами на новую дату</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Event &amp;details…</source>
            <translation>&amp;Сведения о мероприятии…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="304" />
            <source>Title, kind, start, venue and languages of this event</source>
            <translation>Название, тип, начало, место и языки мероприятия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>De&amp;lete event…</source>
            <translation>&amp;Удалить мероприятие…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>Delete this event and its run-sheet</source>
            <translation>Удалить мероприятие и его сценарий</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>&amp;Import show file…</source>
            <translation>&amp;Импорт файла…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>Import an event from a JSON or CSV show file</source>
            <translation>Импортировать мероприятие из файла JSON или CSV</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>&amp;Export show file…</source>
            <translation>&amp;Экспорт в файл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>Export this event as JSON or CSV</source>
            <translation>Экспортировать мероприятие в JSON или CSV</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="323" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <location filename="../../ui/main_window.py" line="640" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <source>Undo the last edit</source>
            <translation>Отменить последнюю правку</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <location filename="../../ui/main_window.py" line="645" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="330" />
            <source>Redo the edit just undone</source>
            <translation>Повторить отменённую правку</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>&amp;Add item</source>
            <translation>&amp;Добавить пункт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="334" />
            <source>Add an item below the current one</source>
            <translation>Добавить пункт под текущим</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="337" />
            <source>D&amp;uplicate item</source>
            <translation>&amp;Копировать пункт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="338" />
            <source>Copy the current item below it</source>
            <translation>Скопировать текущий пункт под него</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>&amp;Delete items</source>
            <translation>&amp;Удалить пункты</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>Delete the selected items (undo brings them back)</source>
            <translation>Удалить выбранные пункты (отмена вернёт их)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="346" />
            <source>Move the selected items up one row</source>
            <translation>Переместить выбранные пункты на строку выше</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="350" />
            <source>Move the selected items down one row</source>
            <translation>Переместить выбранные пункты на строку ниже</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="353" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="355" />
            <source>&amp;About controlroom</source>
            <translation>&amp;О программе controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="374" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>E&amp;vent</source>
            <translation>&amp;Мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="376" />
            <source>&amp;Show</source>
            <translation>&amp;Эфир</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="377" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="378" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="403" />
            <source>Main toolbar</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="432" />
            <source>REHEARSAL</source>
            <translation>РЕПЕТИЦИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="432" />
            <source>LIVE</source>
            <translation>ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="434" />
            <source>Devices are the simulators; nothing reaches the hall.</source>
            <translation>Устройства — симуляторы; в зал ничего не уходит.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="436" />
            <source>Commands go to the hall's real equipment.</source>
            <translation>Команды уходят на реальное оборудование зала.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="502" />
            <source>Read-only: another controlroom (pid {0}) is editing this database. Edits are not possible here; close the other one and open this again to edit.</source>
            <translation>Только чтение: эту базу данных редактирует другой controlroom (pid {0}). Изменения здесь невозможны; закройте другой и откройте эту снова, чтобы редактировать.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="511" />
            <source>Read-only: another controlroom (pid {0}) is editing this database.</source>
            <translation>Только чтение: эту базу данных редактирует другой controlroom (pid {0}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="522" />
            <source>%n edit(s) could not be saved; the run-sheet now shows what is on the disk.</source>
            <translation>
                <numerusform>%n изменение не удалось сохранить; сценарий теперь показывает то, что на диске.</numerusform>
                <numerusform>%n изменения не удалось сохранить; сценарий теперь показывает то, что на диске.</numerusform>
                <numerusform>%n изменений не удалось сохранить; сценарий теперь показывает то, что на диске.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="544" />
            <source>Not saved: {0}</source>
            <translation>Не сохранено: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="545" />
            <source>An edit could not be written to the database: {0}
Edits shown here may be missing from the disk. Reopen the event (File ▸ Open event) to see what is saved.</source>
            <translation>Правку не удалось записать в базу данных: {0}
Показанных здесь правок может не быть на диске. Откройте мероприятие заново (Файл ▸ Открыть мероприятие), чтобы увидеть сохранённое.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="552" />
            <source>These edits could not be written to the database; the run-sheet shows what is on the disk:
{0}</source>
            <translation>Эти изменения не удалось записать в базу данных; сценарий показывает то, что сохранено на диске:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="561" />
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="570" />
            <source>Edit</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="572" />
            <source>Undo: {0}</source>
            <translation>Отмена: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="574" />
            <source>Redo: {0}</source>
            <translation>Повтор: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="587" />
            <source>No event open</source>
            <translation>Мероприятие не открыто</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>Open an event (Ctrl+O), create one (Ctrl+Shift+N) or import a show file.</source>
            <translation>Откройте мероприятие (Ctrl+O), создайте новое (Ctrl+Shift+N) или импортируйте файл.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="604" />
            <source>%n item</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="604" />
            <source>%n items</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="607" />
            <source>planned end {0}</source>
            <translation>окончание по плану {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="609" />
            <source>total {0}</source>
            <translation>всего {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="613" />
            <source>⚠ %n overlap</source>
            <translation>
                <numerusform>⚠ %n наложение</numerusform>
                <numerusform>⚠ %n наложения</numerusform>
                <numerusform>⚠ %n наложений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="615" />
            <source>⚠ %n overlaps</source>
            <translation>
                <numerusform>⚠ %n наложение</numerusform>
                <numerusform>⚠ %n наложения</numerusform>
                <numerusform>⚠ %n наложений</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="619" />
            <source>{0} — controlroom</source>
            <translation>{0} — controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="638" />
            <source>&amp;Undo {0}</source>
            <translation>&amp;Отменить «{0}»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="643" />
            <source>&amp;Redo {0}</source>
            <translation>&amp;Повторить «{0}»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="653" />
            <source>Change title</source>
            <translation>Изменение названия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Change speaker</source>
            <translation>Изменение выступающего</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="655" />
            <source>Change speaker role</source>
            <translation>Изменение должности выступающего</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="656" />
            <source>Change kind</source>
            <translation>Изменение типа</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="657" />
            <source>Change duration</source>
            <translation>Изменение длительности</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="658" />
            <source>Change hard start</source>
            <translation>Изменение жёсткого начала</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="659" />
            <source>Change notes</source>
            <translation>Изменение заметок</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Change warning time</source>
            <translation>Изменение времени предупреждения</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>Change danger time</source>
            <translation>Изменение времени тревоги</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="662" />
            <source>Change colour</source>
            <translation>Изменение цвета</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="663" />
            <source>Change cues</source>
            <translation>Изменение реплик</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="667" />
            <source>Insert item</source>
            <translation>Добавление пункта</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="667" />
            <source>Insert %n items</source>
            <translation>
                <numerusform>Добавление %n пункта</numerusform>
                <numerusform>Добавление %n пунктов</numerusform>
                <numerusform>Добавление %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <source>Delete item</source>
            <translation>Удаление пункта</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="669" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>Удаление %n пункта</numerusform>
                <numerusform>Удаление %n пунктов</numerusform>
                <numerusform>Удаление %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="671" />
            <source>Move item</source>
            <translation>Перемещение пункта</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="671" />
            <source>Move %n items</source>
            <translation>
                <numerusform>Перемещение %n пункта</numerusform>
                <numerusform>Перемещение %n пунктов</numerusform>
                <numerusform>Перемещение %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="673" />
            <source>Duplicate item</source>
            <translation>Копирование пункта</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="675" />
            <source>Edit event</source>
            <translation>Изменение мероприятия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="718" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Во время эфира сценарий заблокирован.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="731" />
            <source>New item</source>
            <translation>Новый пункт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="785" />
            <source>Row {0}: {1} — kept the previous value.</source>
            <translation>Строка {0}: {1} — оставлено прежнее значение.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="852" />
            <source>Could not open the event</source>
            <translation>Не удалось открыть мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="899" />
            <source>Could not create the event</source>
            <translation>Не удалось создать мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="936" />
            <source>Could not duplicate the event</source>
            <translation>Не удалось скопировать мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="957" />
            <source>event {0}</source>
            <translation>мероприятие {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="960" />
            <source>Delete event</source>
            <translation>Удаление мероприятия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="961" />
            <source>Delete “{0}” and its whole run-sheet? This cannot be undone.</source>
            <translation>Удалить «{0}» со всем сценарием? Это действие нельзя отменить.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="965" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="991" />
            <source>Event deleted.</source>
            <translation>Мероприятие удалено.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="997" />
            <source>Could not delete the event</source>
            <translation>Не удалось удалить мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1007" />
            <source>Import show file</source>
            <translation>Импорт файла</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1009" />
            <source>Show files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
            <translation>Файлы мероприятий (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>Could not import {0}</source>
            <translation>Не удалось импортировать {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1034" />
            <source>Importing {0}…</source>
            <translation>Импорт {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1040" />
            <source>Imported {0}.</source>
            <translation>Импортирован {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1054" />
            <source>Import {0}</source>
            <translation>Импорт {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1069" />
            <source>JSON show file (*.json)</source>
            <translation>Файл мероприятия JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1070" />
            <source>CSV items (*.csv)</source>
            <translation>Пункты в CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1074" />
            <source>Export show file</source>
            <translation>Экспорт в файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1098" />
            <source>Exported to {0}.</source>
            <translation>Экспортировано в {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1100" />
            <source>Could not export to {0}</source>
            <translation>Не удалось экспортировать в {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1116" />
            <source>About controlroom</source>
            <translation>О программе controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1117" />
            <source>controlroom: the run-sheet, show control, hall equipment and presenter timer of a press hall.</source>
            <translation>controlroom: сценарий, ведение эфира, оборудование зала и таймер выступающего для пресс-зала.</translation>
        </message>
    </context>
    <context>
        <name>MicrophonesPanel</name>
        <message>
            <location filename="../../ui/panels/microphones.py" line="87" />
            <source>battery ?</source>
            <translation>батарея ?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="97" />
            <location filename="../../ui/panels/microphones.py" line="130" />
            <source>MUTED</source>
            <translation>ВЫКЛ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="100" />
            <source>Open or close channel {0}</source>
            <translation>Включить или выключить канал {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="111" />
            <source>Gain of channel {0}</source>
            <translation>Усиление канала {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="127" />
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="133" />
            <source>LIVE</source>
            <translation>ВКЛ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="153" />
            <source>Microphones</source>
            <translation>Микрофоны</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="168" />
            <source>Mute all</source>
            <translation>Выключить все</translation>
        </message>
    </context>
    <context>
        <name>OnGo</name>
        <message>
            <location filename="../../ui/inspector.py" line="51" />
            <source>program</source>
            <translation>программа</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="52" />
            <source>preview</source>
            <translation>предпросмотр</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="53" />
            <source>power</source>
            <translation>питание</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="54" />
            <source>source</source>
            <translation>источник</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="55" />
            <source>blank</source>
            <comment>what: the projector's picture muting</comment>
            <translation>шторка</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="56" />
            <source>device</source>
            <translation>устройство</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="59" />
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="60" />
            <source>live</source>
            <comment>microphone open</comment>
            <translation>вкл.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="61" />
            <source>muted</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="62" />
            <source>on</source>
            <translation>вкл.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="63" />
            <source>off</source>
            <translation>выкл.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="64" />
            <source>blank</source>
            <comment>value: picture muted</comment>
            <translation>шторка закрыта</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="65" />
            <source>showing</source>
            <translation>изображение</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="66" />
            <source>standby</source>
            <translation>ожидание</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="67" />
            <source>warming up</source>
            <translation>прогрев</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="68" />
            <source>cooling down</source>
            <translation>остывание</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="69" />
            <source>standby network on</source>
            <translation>ожидание (сеть вкл.)</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="70" />
            <source>abnormal standby</source>
            <translation>аварийное ожидание</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="71" />
            <source>av standby</source>
            <translation>ожидание A/V</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="72" />
            <source>not in the hall</source>
            <translation>нет в зале</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="73" />
            <source>switcher</source>
            <translation>видеомикшер</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="74" />
            <source>microphones</source>
            <translation>микрофоны</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="75" />
            <source>projector</source>
            <translation>проектор</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="91" />
            <source>{0} dB</source>
            <translation>{0} дБ</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="98" />
            <source>{0} gain</source>
            <translation>усиление {0}</translation>
        </message>
    </context>
    <context>
        <name>OpenEventDialog</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="203" />
            <source>Open event</source>
            <translation>Открыть мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Items</source>
            <translation>Пункты</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="213" />
            <source>Loading events…</source>
            <translation>Загрузка мероприятий…</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="217" />
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="219" />
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="261" />
            <source>No events yet.</source>
            <translation>Мероприятий пока нет.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/event_dialogs.py" line="263" />
            <source>%n event</source>
            <translation>
                <numerusform>%n мероприятие</numerusform>
                <numerusform>%n мероприятия</numerusform>
                <numerusform>%n мероприятий</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/event_dialogs.py" line="265" />
            <source>%n events</source>
            <translation>
                <numerusform>%n мероприятие</numerusform>
                <numerusform>%n мероприятия</numerusform>
                <numerusform>%n мероприятий</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresenterMenu</name>
        <message>
            <location filename="../../ui/presenter_feature.py" line="39" />
            <source>Presenter</source>
            <translation>Выступающий</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="42" />
            <source>Show presenter screen</source>
            <translation>Показать экран выступающего</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="72" />
            <source>Presenter screen goes to</source>
            <translation>Экран выступающего выводить на</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="74" />
            <source>Automatic (first screen that is not the operator's)</source>
            <translation>Автоматически (первый экран, кроме экрана оператора)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="86" />
            <source>operator's screen, as a window</source>
            <translation>экран оператора, в окне</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="96" />
            <source>%1 (not connected)</source>
            <translation>%1 (не подключён)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="148" />
            <source>Presenter timer</source>
            <translation>Таймер выступающего</translation>
        </message>
    </context>
    <context>
        <name>PresenterMirror</name>
        <message>
            <location filename="../../ui/timer_strip.py" line="44" />
            <source>What the speaker sees on the presenter screen</source>
            <translation>Что видит выступающий на своём экране</translation>
        </message>
    </context>
    <context>
        <name>PresenterScreen</name>
        <message>
            <location filename="../../ui/presenter.py" line="244" />
            <source>BLACKOUT</source>
            <translation>ЗАТЕМНЕНИЕ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="280" />
            <source>MIC LIVE</source>
            <translation>МИКРОФОН ВКЛ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="281" />
            <source>ON AIR</source>
            <translation>В ЭФИРЕ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="282" />
            <source>REC</source>
            <translation>ЗАПИСЬ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="336" />
            <source>PAUSED</source>
            <translation>ПАУЗА</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="360" />
            <source>Next: %1</source>
            <translation>Далее: %1</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="374" />
            <source>STALE — display not updating</source>
            <translation>УСТАРЕЛО — экран не обновляется</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../../ui/presenter.py" line="410" />
            <source>Presenter screen</source>
            <translation>Экран выступающего</translation>
        </message>
    </context>
    <context>
        <name>ProjectorPanel</name>
        <message>
            <location filename="../../ui/panels/projector.py" line="39" />
            <source>Standby (off)</source>
            <translation>Ожидание (выкл.)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="40" />
            <location filename="../../ui/panels/projector.py" line="68" />
            <source>On</source>
            <translation>Вкл.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="41" />
            <source>Warming up</source>
            <translation>Прогрев</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="42" />
            <source>Cooling down</source>
            <translation>Остывание</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="43" />
            <source>Standby (network on)</source>
            <translation>Ожидание (сеть вкл.)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="44" />
            <source>Abnormal standby</source>
            <translation>Аварийное ожидание</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="45" />
            <source>A/V standby</source>
            <translation>Ожидание A/V</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="46" />
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="57" />
            <source>Projector</source>
            <translation>Проектор</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="63" />
            <source>Power</source>
            <translation>Питание</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="71" />
            <source>Off</source>
            <translation>Выкл.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="87" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="97" />
            <location filename="../../ui/panels/projector.py" line="142" />
            <source>Blank</source>
            <translation>Шторка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="100" />
            <source>Blank the picture (A/V mute)</source>
            <translation>Закрыть изображение шторкой (A/V mute)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="103" />
            <source>Lamp</source>
            <translation>Лампа</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="122" />
            <source>{0} (last known)</source>
            <translation>{0} (последнее известное)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="128" />
            <source>warming up %p%</source>
            <translation>прогрев %p%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="130" />
            <source>cooling down %p%</source>
            <translation>остывание %p%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="136" />
            <source>Held until the projector is ready: {0}</source>
            <translation>Ждёт готовности проектора: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="142" />
            <source>Blanked</source>
            <translation>Шторка закрыта</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="145" />
            <source>{0} hours</source>
            <translation>{0} ч</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="151" />
            <source>Error {0}: {1}</source>
            <translation>Ошибка {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="151" />
            <source>unknown</source>
            <translation>неизвестно</translation>
        </message>
    </context>
    <context>
        <name>RehearsalPanel</name>
        <message>
            <location filename="../../ui/panels/microphones.py" line="280" />
            <source>channel </source>
            <translation>канал </translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="281" />
            <source>Battery dead</source>
            <translation>Батарея села</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="224" />
            <source>Lamp failure</source>
            <translation>Отказ лампы</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="75" />
            <source>Faults act on the simulators only. Restore clears them.</source>
            <translation>Сбои действуют только на симуляторы. «Восстановить» снимает их.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="77" />
            <source>Waiting for the devices…</source>
            <translation>Ожидание устройств…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="79" />
            <source>LIVE: fault injection is only available in rehearsal.</source>
            <translation>ЭФИР: сбои можно вызывать только на репетиции.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="93" />
            <source>Silent</source>
            <translation>Молчит</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="94" />
            <source>Garbage</source>
            <translation>Мусор</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="95" />
            <source>Slow replies</source>
            <translation>Медленные ответы</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="96" />
            <source>Partial frames</source>
            <translation>Неполные кадры</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="98" />
            <source>Drop link</source>
            <translation>Обрыв связи</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="100" />
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <location filename="../../ui/remote_control.py" line="280" />
            <source>Remote control server</source>
            <translation>Сервер удалённого управления</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="284" />
            <source>This computer only ({0})</source>
            <translation>Только этот компьютер ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="286" />
            <source>LAN: {0}</source>
            <translation>Локальная сеть: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="296" />
            <source>New tokens</source>
            <translation>Новые токены</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="297" />
            <location filename="../../ui/remote_control.py" line="451" />
            <source>Off: nothing listens.</source>
            <translation>Выключено: ничего не слушает.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="302" />
            <source>Cut off remote control</source>
            <translation>Отключить удалённое управление</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="309" />
            <source>Message to the moderator's view</source>
            <translation>Сообщение на экран модератора</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="310" />
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="314" />
            <source>Listen on</source>
            <translation>Слушать на</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="316" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="318" />
            <source>OSC</source>
            <translation>OSC</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="320" />
            <source>Ports</source>
            <translation>Порты</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="321" />
            <source>Control token</source>
            <translation>Токен управления</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="322" />
            <source>View token</source>
            <translation>Токен просмотра</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="345" />
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="398" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="427" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="458" />
            <source>Could not start: {0}</source>
            <translation>Не удалось запустить: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="472" />
            <source>Listening on {0}</source>
            <translation>Слушает на {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="473" />
            <source>Presenter timer</source>
            <translation>Таймер докладчика</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="473" />
            <source>Moderator</source>
            <translation>Модератор</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="474" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="477" />
            <source>API: {0}</source>
            <translation>API: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="479" />
            <source>OSC: UDP port {0}</source>
            <translation>OSC: UDP-порт {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="481" />
            <source>Commands need the control token.</source>
            <translation>Для команд нужен токен управления.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="483" />
            <source>Only this computer can connect; no token needed.</source>
            <translation>Подключиться может только этот компьютер; токен не нужен.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <location filename="../../ui/report_pdf.py" line="98" />
            <source>Scheduled start</source>
            <translation>Начало по плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="101" />
            <source>Venue</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="108" />
            <source>Planned end</source>
            <translation>Окончание по плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="109" />
            <location filename="../../ui/report_pdf.py" line="132" />
            <source>Actual start</source>
            <translation>Фактическое начало</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="110" />
            <location filename="../../ui/report_pdf.py" line="133" />
            <source>Actual end</source>
            <translation>Фактическое окончание</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="113" />
            <source>Finished</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="115" />
            <source>live</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="115" />
            <source>rehearsal</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="115" />
            <source>earlier run</source>
            <translation>прежний прогон</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="117" />
            <source>Run</source>
            <translation>Прогон</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="121" />
            <source>Items run</source>
            <translation>Пройдено пунктов</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="122" />
            <source>Report made</source>
            <translation>Отчёт составлен</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="125" />
            <source>Planned and actual</source>
            <translation>План и факт</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="127" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="128" />
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="129" />
            <source>Speaker</source>
            <translation>Выступающий</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="130" />
            <source>Planned start</source>
            <translation>Начало по плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="131" />
            <source>Planned</source>
            <translation>По плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="134" />
            <source>Ran</source>
            <translation>Длилось</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="135" />
            <source>Late by</source>
            <translation>Опоздание</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="136" />
            <source>Over by</source>
            <translation>Превышение</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Outages</source>
            <translation>Сбои</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Outage</source>
            <translation>Сбой</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Lasted</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="180" />
            <source>not over</source>
            <translation>не закончился</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="184" />
            <source>Event log</source>
            <translation>Журнал событий</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="195" />
            <source>The log of this event is empty.</source>
            <translation>Журнал этого мероприятия пуст.</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="275" />
            <source>%1 — page %2 of %3</source>
            <translation>%1 — страница %2 из %3</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="308" />
            <source>Report: %1</source>
            <translation>Отчёт: %1</translation>
        </message>
    </context>
    <context>
        <name>RunSheetDelegate</name>
        <message>
            <location filename="../../ui/delegates.py" line="52" />
            <source>5:00</source>
            <translation>5:00</translation>
        </message>
        <message>
            <location filename="../../ui/delegates.py" line="54" />
            <source>HH:MM (empty: follow on)</source>
            <translation>ЧЧ:ММ (пусто — сразу за предыдущим)</translation>
        </message>
    </context>
    <context>
        <name>RunSheetTableModel</name>
        <message>
            <location filename="../../ui/runsheet_model.py" line="100" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="101" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="102" />
            <source>Duration</source>
            <translation>Длит.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="103" />
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="104" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="105" />
            <source>Speaker</source>
            <translation>Выступающий</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="106" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="107" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="146" />
            <source>“{0}” is not a time of day (use HH:MM or HH:MM:SS)</source>
            <translation>«{0}» — не время суток (формат ЧЧ:ММ или ЧЧ:ММ:СС)</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="543" />
            <source>Overlaps the previous item by {0}</source>
            <translation>Наложение на предыдущий пункт: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="549" />
            <source>Gap of {0} before this item</source>
            <translation>Пауза {0} перед этим пунктом</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="555" />
            <source>Hard start at {0}</source>
            <translation>Жёсткое начало в {0}</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="560" />
            <source>Type a time (HH:MM) to fix a hard start; clear it to follow on.</source>
            <translation>Введите время (ЧЧ:ММ), чтобы задать жёсткое начало; очистите, чтобы пункт шёл сразу за предыдущим.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="567" />
            <source>Duration, e.g. 5:00, 90s, 45m or 1:30:00</source>
            <translation>Длительность, например 5:00, 90s, 45m или 1:30:00</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="726" />
            <source>Read-only: another controlroom is editing this database; edits are not possible here.</source>
            <translation>Только чтение: эту базу данных редактирует другой controlroom; изменения здесь невозможны.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="731" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Во время эфира сценарий заблокирован.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>Space</source>
            <translation>Пробел</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>GO — start the item in standby (not while typing in a text field)</source>
            <translation>ПУСК — запустить пункт в готовности (не при вводе текста)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Up / Down</source>
            <translation>Вверх / Вниз</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Move standby up / down (when neither the run-sheet table nor a text field has the focus; there they move the cursor)</source>
            <translation>Готовность вверх / вниз (когда фокус не в таблице сценария и не в текстовом поле; там стрелки двигают курсор)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Up / Alt+Down</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Move standby up / down, wherever the focus is</source>
            <translation>Готовность вверх / вниз, где бы ни был фокус</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="36" />
            <source>F12</source>
            <translation>F12</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="36" />
            <source>PANIC — mute every microphone (works in every window)</source>
            <translation>АВАРИЯ — заглушить все микрофоны (работает в любом окне)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="60" />
            <source>Keyboard shortcuts</source>
            <translation>Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="63" />
            <source>Keys</source>
            <translation>Клавиши</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="63" />
            <source>Does</source>
            <translation>Действие</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="82" />
            <source>The show keys are also listed in docs/show-console.md.</source>
            <translation>Клавиши эфира описаны также в docs/show-console.md.</translation>
        </message>
    </context>
    <context>
        <name>ShowBar</name>
        <message>
            <location filename="../../ui/show_bar.py" line="55" />
            <location filename="../../ui/show_bar.py" line="105" />
            <source>on time</source>
            <translation>по графику</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="57" />
            <source>{0} behind</source>
            <translation>отставание {0}</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="58" />
            <source>{0} ahead</source>
            <translation>опережение {0}</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="76" />
            <source>GO</source>
            <translation>ПУСК</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="79" />
            <source>Start the item in standby (Space)</source>
            <translation>Запустить пункт в готовности (Пробел)</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="112" />
            <location filename="../../ui/show_bar.py" line="172" />
            <source>Edit mode</source>
            <translation>Правка</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="116" />
            <source>Show mode locks the run-sheet; edit mode unlocks it</source>
            <translation>Режим эфира блокирует сценарий, режим правки снимает блокировку</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="118" />
            <source>Readiness check</source>
            <translation>Проверка готовности</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="122" />
            <source>PANIC
mute all</source>
            <translation>АВАРИЯ
выкл. все</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="125" />
            <source>Mute every microphone now (F12)</source>
            <translation>Немедленно заглушить все микрофоны (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="172" />
            <source>SHOW MODE</source>
            <translation>РЕЖИМ ЭФИРА</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="182" />
            <source>SWITCHING…</source>
            <translation>ПЕРЕКЛЮЧЕНИЕ…</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="188" />
            <source>REHEARSAL</source>
            <translation>РЕПЕТИЦИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="189" />
            <source>Devices are the simulators; nothing reaches the hall.</source>
            <translation>Устройства — симуляторы; в зал ничего не уходит.</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="190" />
            <source>Switch to LIVE…</source>
            <translation>Перейти в ЭФИР…</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="192" />
            <source>LIVE</source>
            <translation>ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="193" />
            <source>Commands go to the hall's real equipment.</source>
            <translation>Команды уходят на реальное оборудование зала.</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="194" />
            <source>Switch to rehearsal…</source>
            <translation>Перейти в репетицию…</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="200" />
            <source>LIVE ▸ {0}</source>
            <translation>ЭФИР ▸ {0}</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="202" />
            <source>STANDBY ▸ {0}</source>
            <translation>ГОТОВ ▸ {0}</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="202" />
            <source>end of the run-sheet</source>
            <translation>конец сценария</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="213" />
            <source>ends ≈ {0}</source>
            <translation>конец ≈ {0}</translation>
        </message>
    </context>
    <context>
        <name>StreamingPanel</name>
        <message>
            <location filename="../../ui/panels/streaming.py" line="61" />
            <source>The stream stopped by itself</source>
            <translation>Трансляция остановилась сама</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="62" />
            <source>The stream is reconnecting (not on air)</source>
            <translation>Трансляция переподключается (не в эфире)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="63" />
            <source>The stream is congested</source>
            <translation>Канал трансляции перегружен</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="64" />
            <source>The encoder is skipping frames</source>
            <translation>Кодировщик пропускает кадры</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="65" />
            <source>The recording stopped by itself</source>
            <translation>Запись остановилась сама</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="72" />
            <source>{0:.2f} GB</source>
            <translation>{0:.2f} ГБ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="74" />
            <source>{0:.1f} MB</source>
            <translation>{0:.1f} МБ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="75" />
            <source>{0} kB</source>
            <translation>{0} КБ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="89" />
            <location filename="../../ui/panels/streaming.py" line="132" />
            <source>ON AIR</source>
            <translation>В ЭФИРЕ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="91" />
            <location filename="../../ui/panels/streaming.py" line="145" />
            <source>REC</source>
            <translation>ЗАПИСЬ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="124" />
            <source>ON AIR ?</source>
            <translation>В ЭФИРЕ ?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="125" />
            <source>REC ?</source>
            <translation>ЗАПИСЬ ?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="126" />
            <source>OBS is not connected: stream and recording unknown</source>
            <translation>OBS не подключён: состояние трансляции и записи неизвестно</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="133" />
            <source>Streaming</source>
            <translation>Идёт трансляция</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="137" />
            <source>RECONNECTING</source>
            <translation>ПЕРЕПОДКЛЮЧЕНИЕ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="137" />
            <source>STARTING</source>
            <translation>ЗАПУСК</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="139" />
            <source>The stream is not reaching the server</source>
            <translation>Трансляция не доходит до сервера</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="142" />
            <source>OFF AIR</source>
            <translation>НЕ В ЭФИРЕ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="143" />
            <source>Not streaming</source>
            <translation>Трансляция не идёт</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="145" />
            <source>NOT REC</source>
            <translation>НЕТ ЗАПИСИ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="147" />
            <source>Recording to {0}</source>
            <translation>Запись в {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="149" />
            <source>Not recording</source>
            <translation>Запись не идёт</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="159" />
            <source>Streaming (OBS)</source>
            <translation>Трансляция (OBS)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="166" />
            <source>Scene</source>
            <translation>Сцена</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="169" />
            <source>Put this scene on program in OBS</source>
            <translation>Вывести эту сцену в программу OBS</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="176" />
            <source>Stream</source>
            <translation>Трансляция</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="181" />
            <location filename="../../ui/panels/streaming.py" line="198" />
            <source>Start</source>
            <translation>Начать</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="183" />
            <source>Start streaming</source>
            <translation>Начать трансляцию</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="185" />
            <location filename="../../ui/panels/streaming.py" line="202" />
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="187" />
            <source>Stop streaming</source>
            <translation>Остановить трансляцию</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="193" />
            <source>Recording</source>
            <translation>Запись</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="200" />
            <source>Start recording</source>
            <translation>Начать запись</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="204" />
            <source>Stop recording</source>
            <translation>Остановить запись</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="240" />
            <source>{0} — {1}</source>
            <translation>{0} — {1}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="244" />
            <location filename="../../ui/panels/streaming.py" line="259" />
            <source>stopped</source>
            <translation>остановлена</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="261" />
            <source>congestion {0}%</source>
            <translation>перегрузка {0}%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="264" />
            <source>{0} of {1} frames skipped</source>
            <translation>пропущено кадров: {0} из {1}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="271" />
            <source>OBS {0}</source>
            <translation>OBS {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="273" />
            <source>no chapter markers (needs OBS 30.2)</source>
            <translation>нет меток глав (нужен OBS 30.2)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="275" />
            <source>no stream service set in OBS</source>
            <translation>в OBS не настроен сервис трансляции</translation>
        </message>
    </context>
    <context>
        <name>SwitcherPanel</name>
        <message>
            <location filename="../../ui/panels/switcher.py" line="50" />
            <source>Switcher</source>
            <translation>Видеомикшер</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="55" />
            <source>Program</source>
            <translation>Программа</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="56" />
            <source>Preview</source>
            <translation>Предпросмотр</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="71" />
            <source>Cut input {0} ({1}) to program</source>
            <translation>Склейкой: вход {0} ({1}) в программу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="73" />
            <source>Put input {0} ({1}) on preview</source>
            <translation>Вход {0} ({1}) в предпросмотр</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="104" />
            <source>CUT</source>
            <translation>СКЛЕЙКА</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="107" />
            <source>AUTO</source>
            <translation>АВТО</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="110" />
            <source>FTB</source>
            <translation>ЗТМ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="112" />
            <source>Fade to black (the switcher does not confirm it)</source>
            <translation>Затемнение, ЗТМ (микшер его не подтверждает)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="137" />
            <source>FTB sent — not confirmed by the switcher</source>
            <translation>ЗТМ отправлено — микшер не подтвердил</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="145" />
            <source>The switcher reports its link to the mixer is down.</source>
            <translation>Видеомикшер сообщает, что связь с микшерным блоком потеряна.</translation>
        </message>
    </context>
    <context>
        <name>TimerStrip</name>
        <message>
            <location filename="../../ui/timer_strip.py" line="91" />
            <source>−1 min</source>
            <translation>−1 мин</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="93" />
            <source>Take a minute from the speaker</source>
            <translation>Забрать минуту у выступающего</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="95" />
            <source>+1 min</source>
            <translation>+1 мин</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="97" />
            <source>Give the speaker one more minute</source>
            <translation>Дать выступающему ещё минуту</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="99" />
            <source>Reset</source>
            <translation>Сброс</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="101" />
            <source>Back to the item's planned duration, paused</source>
            <translation>Вернуть плановую длительность пункта, на паузе</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="106" />
            <source>Message to the speaker</source>
            <translation>Сообщение выступающему</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="109" />
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="112" />
            <source>Flash</source>
            <translation>Мигать</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="114" />
            <source>Send the message and make it blink</source>
            <translation>Отправить сообщение с миганием</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="116" />
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="119" />
            <source>Blackout</source>
            <translation>Затемнить</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="123" />
            <source>Black the presenter screen (Ctrl+B)</source>
            <translation>Затемнить экран выступающего (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="164" />
            <source>Pause</source>
            <translation>Пауза</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="164" />
            <source>Start</source>
            <translation>Старт</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="173" />
            <source>Presenter screen is not updating (STALE shown).</source>
            <translation>Экран выступающего не обновляется (показано «УСТАРЕЛО»).</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="184" />
            <source>The presenter screen froze for %1 s (application busy).</source>
            <translation>Экран выступающего завис на %1 с (приложение занято).</translation>
        </message>
    </context>
</TS>
