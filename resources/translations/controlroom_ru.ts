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
            <location filename="../../ui/app.py" line="87" />
            <source>Remote control</source>
            <translation>Удалённое управление</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../ui/app.py" line="261" />
            <source>Unexpected error</source>
            <translation>Непредвиденная ошибка</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="262" />
            <source>Something went wrong inside controlroom: {0}
Your edits so far are saved. Please report this with the details.</source>
            <translation>Внутренняя ошибка controlroom: {0}
Сделанные правки сохранены. Сообщите, пожалуйста, об ошибке, приложив подробности.</translation>
        </message>
    </context>
    <context>
        <name>BadDatabaseDialog</name>
        <message>
            <location filename="../../ui/database_dialog.py" line="48" />
            <source>The database cannot be opened</source>
            <translation>Базу данных не удаётся открыть</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="53" />
            <source>controlroom cannot use the database {0}:
{1}</source>
            <translation>controlroom не может использовать базу данных {0}:
{1}</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="64" />
            <source>Automatic backups (newest first):</source>
            <translation>Автоматические резервные копии (сначала новые):</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="66" />
            <source>There are no backups of this database.</source>
            <translation>Резервных копий этой базы данных нет.</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="70" />
            <source>&amp;Open another database…</source>
            <translation>&amp;Открыть другую базу данных…</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="71" />
            <source>&amp;Restore the backup</source>
            <translation>&amp;Восстановить из резервной копии</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="73" />
            <source>&amp;Quit</source>
            <translation>&amp;Выйти</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="91" />
            <source>Open a database</source>
            <translation>Открыть базу данных</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="93" />
            <source>controlroom databases (*.db);;All files (*)</source>
            <translation>Базы данных controlroom (*.db);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="143" />
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
            <location filename="../../ui/console/readiness.py" line="80" />
            <source>Readiness check</source>
            <translation>Проверка готовности</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="99" />
            <source>Show report (CSV or PDF)…</source>
            <translation>Отчёт об эфире (CSV или PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="211" />
            <location filename="../../ui/console/controller.py" line="284" />
            <source>The hall file cannot be used: {0}</source>
            <translation>Файл зала нельзя использовать: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="237" />
            <source>NO HALL FILE</source>
            <translation>НЕТ ФАЙЛА ЗАЛА</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="260" />
            <source>Open a hall file</source>
            <translation>Открыть файл зала</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="260" />
            <source>Hall files (*.toml)</source>
            <translation>Файлы зала (*.toml)</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="301" />
            <source>Hall file {0} opened.</source>
            <translation>Файл зала {0} открыт.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="333" />
            <source>The devices could not be started: {0}</source>
            <translation>Не удалось запустить устройства: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="464" />
            <source>The live item {0} “{1}” was edited; cues apply on its next GO.</source>
            <translation>Пункт {0} «{1}» в эфире изменён; реплики сработают при его следующем ПУСКЕ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="482" />
            <source>GO is off: the hall file cannot be used (see above the run-sheet).</source>
            <translation>GO отключён: файл зала нельзя использовать (см. над сценарием).</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="517" />
            <source>PANIC: no devices connected.</source>
            <translation>АВАРИЯ: устройства не подключены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="520" />
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
            <location filename="../../ui/console/lifecycle.py" line="84" />
            <source>REHEARSAL</source>
            <translation>РЕПЕТИЦИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="84" />
            <source>LIVE</source>
            <translation>ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="87" />
            <source>Item {0} “{1}” is live.</source>
            <translation>В эфире пункт {0} «{1}».</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="89" />
            <source>No item is live, but the show is not over.</source>
            <translation>Сейчас ни один пункт не в эфире, но эфир не окончен.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="93" />
            <source>The show is running</source>
            <translation>Идёт эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="94" />
            <source>The show is running ({0}). {1}</source>
            <translation>Идёт эфир ({0}). {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="96" />
            <source>Quitting ends the show: the actual times stop here and the devices are let go (they keep their last state). Keep the show running unless it is over.</source>
            <translation>Выход завершает эфир: фактическое время на этом остановится, устройства будут отключены (они сохранят последнее состояние). Продолжайте эфир, если он не окончен.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="101" />
            <source>Keep the show running</source>
            <translation>Продолжить эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="102" />
            <source>End the show and quit</source>
            <translation>Завершить эфир и выйти</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="164" />
            <source>live run</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="166" />
            <source>rehearsal run</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="167" />
            <source>earlier run</source>
            <translation>прежний прогон</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="176" />
            <source>Actual times: none yet (the first GO starts a run)</source>
            <translation>Фактическое время: пока нет (первый GO начинает прогон)</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="179" />
            <source>{0} #{1}</source>
            <translation>{0} №{1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="182" />
            <source>Actual times: {0}, started {1} — running now</source>
            <translation>Фактическое время: {0}, начало в {1} — идёт сейчас</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="184" />
            <source>Actual times: {0}, started {1} — did not end</source>
            <translation>Фактическое время: {0}, начало в {1} — не завершён</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="185" />
            <source>Actual times: {0}, started {1}</source>
            <translation>Фактическое время: {0}, начало в {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="213" />
            <source>Actual times: reading…</source>
            <translation>Фактическое время: чтение…</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="231" />
            <source>Actual times: could not be read ({0})</source>
            <translation>Фактическое время: не удалось прочитать ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="294" />
            <source>The show stopped unexpectedly</source>
            <translation>Эфир прервался неожиданно</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="296" />
            <source>The show of “{0}” stopped unexpectedly at {1} during item {2} “{3}”. Resume where it was?</source>
            <translation>Эфир «{0}» неожиданно прервался в {1}, во время пункта {2} «{3}». Продолжить с того же места?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="301" />
            <source>The show of “{0}” stopped unexpectedly at {1}, between items. Resume where it was?</source>
            <translation>Эфир «{0}» неожиданно прервался в {1}, между пунктами. Продолжить с того же места?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="307" />
            <source>Resume: show mode, the live item, standby and the actual times come back as they were ({0} started {1}). Nothing is sent to the hall until you ask.
Start fresh: that run is closed as it stood; the next GO starts a new run.</source>
            <translation>Продолжить: режим эфира, пункт в эфире, ожидающий пункт и фактическое время вернутся как были ({0}, начало в {1}). В зал ничего не отправляется, пока вы не попросите.
Начать заново: тот прогон закрывается как есть; следующий GO начнёт новый прогон.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="313" />
            <source>Resume the show</source>
            <translation>Продолжить эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="314" />
            <source>Start fresh</source>
            <translation>Начать заново</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="383" />
            <source>Re-send the hall state?</source>
            <translation>Отправить состояние зала ещё раз?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="385" />
            <source>Item {0} “{1}” is live again. The hall may have changed while the app was down.</source>
            <translation>Пункт {0} «{1}» снова в эфире. Пока программа не работала, состояние зала могло измениться.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="389" />
            <source>Re-sending sets the switcher, projector and microphones to this item's cues again. Check the hall first if someone changed it by hand.</source>
            <translation>Повторная отправка снова выставит микшер, проектор и микрофоны по сигналам этого пункта. Сначала проверьте зал, если кто-то менял его вручную.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="393" />
            <source>Re-send the hall state of the live item</source>
            <translation>Отправить состояние зала для пункта в эфире</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="395" />
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
            <location filename="../../ui/console/panel_commands.py" line="60" />
            <source>{0}: the devices are not connected.</source>
            <translation>{0}: устройства не подключены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="93" />
            <source>Open a microphone</source>
            <translation>Включить микрофон</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="96" />
            <source>The live item does not plan channel {0} {1} to be open. Open it anyway?</source>
            <translation>Пункт в эфире не предусматривает включения канала {0} {1}. Всё равно включить?</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="99" />
            <source>Do not ask again</source>
            <translation>Больше не спрашивать</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="100" />
            <source>Open channel</source>
            <translation>Включить канал</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="62" />
            <source>Readiness check: the devices are not connected yet.</source>
            <translation>Проверка готовности: устройства ещё не подключены.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="69" />
            <source>Checking…</source>
            <translation>Проверка…</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="83" />
            <source>Readiness check failed</source>
            <translation>Проверка готовности не удалась</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="149" />
            <source>Readiness: GO</source>
            <translation>Готовность: ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="149" />
            <source>Readiness: NO-GO</source>
            <translation>Готовность: НЕ ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="150" />
            <source>GO</source>
            <translation>ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="150" />
            <source>NO-GO</source>
            <translation>НЕ ГОТОВО</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Reason</source>
            <translation>Причина</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="168" />
            <source>Problems: {0}</source>
            <translation>Проблем: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="168" />
            <source>No problems.</source>
            <translation>Проблем нет.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>Where</source>
            <translation>Где</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>Problem</source>
            <translation>Проблема</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="177" />
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="193" />
            <source>ok</source>
            <translation>в порядке</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="195" />
            <source>not ready</source>
            <translation>не готово</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="200" />
            <source>rehearsal</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="200" />
            <source>live</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="201" />
            <source>Hall: {0} ({1})</source>
            <translation>Зал: {0} ({1})</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="203" />
            <source>Event: {0} ({1} items)</source>
            <translation>Мероприятие: {0} (пунктов: {1})</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="206" />
            <source>Standby: item {0}</source>
            <translation>Наготове: пункт {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="207" />
            <source>Standby: nothing</source>
            <translation>Наготове: ничего</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="63" />
            <source>#{0}  {1}  {2} from {3}, not ended  ({4} items run)</source>
            <translation>№{0}  {1}  {2} с {3}, не завершён  (пунктов пройдено: {4})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="66" />
            <source>#{0}  {1}  {2} {3}–{4}  ({5} items run)</source>
            <translation>№{0}  {1}  {2} {3}–{4}  (пунктов пройдено: {5})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="77" />
            <source>Show report: which run?</source>
            <translation>Отчёт об эфире: какой прогон?</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="80" />
            <source>The report is of one run of the show (a rehearsal or the live show).</source>
            <translation>Отчёт составляется по одному прогону (репетиции или эфиру).</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="144" />
            <source>Could not read the runs</source>
            <translation>Не удалось прочитать прогоны</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="161" />
            <source>Show report</source>
            <translation>Отчёт об эфире</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="163" />
            <source>PDF (*.pdf);;CSV (*.csv)</source>
            <translation>PDF (*.pdf);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="205" />
            <source>Could not write the report</source>
            <translation>Не удалось записать отчёт</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="208" />
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
            <location filename="../../ui/remote_control.py" line="213" />
            <source>PANIC (remote): every microphone muted.</source>
            <translation>ПАНИКА (удалённо): все микрофоны заглушены.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="215" />
            <source>PANIC (remote): no devices connected.</source>
            <translation>ПАНИКА (удалённо): устройства не подключены.</translation>
        </message>
    </context>
    <context>
        <name>DevicePanel</name>
        <message>
            <location filename="../../ui/panels/common.py" line="247" />
            <source>No current values: the device is not connected.</source>
            <translation>Текущих значений нет: устройство не подключено.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="249" />
            <source>Last known values, {0} ago — not current.</source>
            <translation>Последние известные значения, {0} назад — не текущие.</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <location filename="../../ui/panels/common.py" line="77" />
            <source>connected</source>
            <translation>подключено</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="78" />
            <source>connecting</source>
            <translation>подключение</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="79" />
            <source>offline</source>
            <translation>нет связи</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="80" />
            <source>failed</source>
            <translation>сбой</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="81" />
            <source>bad configuration</source>
            <translation>ошибка настройки</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="89" />
            <source>{0} s</source>
            <translation>{0} с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="91" />
            <source>{0} min {1} s</source>
            <translation>{0} мин {1} с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="92" />
            <source>{0} h {1} min</source>
            <translation>{0} ч {1} мин</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="108" />
            <source>not started</source>
            <translation>не запущено</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="155" />
            <source>never heard from</source>
            <translation>ответов не было</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="158" />
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
            <location filename="../../ui/panels/common.py" line="275" />
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="277" />
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
            <location filename="../../ui/runsheet_model.py" line="113" />
            <source>Segment</source>
            <translation>Выступление</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="114" />
            <source>Q&amp;A</source>
            <translation>Вопросы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="115" />
            <source>Break</source>
            <translation>Перерыв</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="116" />
            <source>Video</source>
            <translation>Видео</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="117" />
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
            <location filename="../../ui/panels/log.py" line="63" />
            <source>debug</source>
            <translation>отладка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="64" />
            <source>info</source>
            <translation>инфо</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="65" />
            <source>warning</source>
            <translation>предупреждение</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="66" />
            <source>error</source>
            <translation>ошибка</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="73" />
            <source>action</source>
            <translation>действие</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="74" />
            <source>command</source>
            <translation>команда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="75" />
            <source>reply</source>
            <translation>ответ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="76" />
            <source>status</source>
            <translation>состояние</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="77" />
            <source>item</source>
            <translation>пункт</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="83" />
            <source>engine</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="83" />
            <source>operator</source>
            <translation>оператор</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="206" />
            <source>All sources</source>
            <translation>Все источники</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="212" />
            <source>{0} and above</source>
            <translation>{0} и выше</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="242" />
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="314" />
            <source>The earlier log could not be read: {0}</source>
            <translation>Не удалось прочитать прежний журнал: {0}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../ui/main_window.py" line="155" />
            <location filename="../../ui/main_window.py" line="590" />
            <source>controlroom</source>
            <translation>controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="290" />
            <source>&amp;Open event…</source>
            <translation>&amp;Открыть мероприятие…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="291" />
            <source>Choose an event to open</source>
            <translation>Выбрать мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>&amp;New event…</source>
            <translation>&amp;Новое мероприятие…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="295" />
            <source>Create an empty event</source>
            <translation>Создать пустое мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="298" />
            <source>D&amp;uplicate event as template…</source>
            <translation>&amp;Копия мероприятия как шаблон…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>Copy this event with its items for a new date</source>
            <translation>Скопировать мероприятие со всеми пунктами на новую дату</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="302" />
            <source>Event &amp;details…</source>
            <translation>&amp;Сведения о мероприятии…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Title, kind, start, venue and languages of this event</source>
            <translation>Название, тип, начало, место и языки мероприятия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="306" />
            <source>De&amp;lete event…</source>
            <translation>&amp;Удалить мероприятие…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>Delete this event and its run-sheet</source>
            <translation>Удалить мероприятие и его сценарий</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>&amp;Import show file…</source>
            <translation>&amp;Импорт файла…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>Import an event from a JSON or CSV show file</source>
            <translation>Импортировать мероприятие из файла JSON или CSV</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="314" />
            <source>&amp;Export show file…</source>
            <translation>&amp;Экспорт в файл…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>Export this event as JSON or CSV</source>
            <translation>Экспортировать мероприятие в JSON или CSV</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="322" />
            <source>&amp;Quit</source>
            <translation>В&amp;ыход</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <location filename="../../ui/main_window.py" line="639" />
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <source>Undo the last edit</source>
            <translation>Отменить последнюю правку</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <location filename="../../ui/main_window.py" line="644" />
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>Redo the edit just undone</source>
            <translation>Повторить отменённую правку</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="332" />
            <source>&amp;Add item</source>
            <translation>&amp;Добавить пункт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>Add an item below the current one</source>
            <translation>Добавить пункт под текущим</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="336" />
            <source>D&amp;uplicate item</source>
            <translation>&amp;Копировать пункт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="337" />
            <source>Copy the current item below it</source>
            <translation>Скопировать текущий пункт под него</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>&amp;Delete items</source>
            <translation>&amp;Удалить пункты</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>Delete the selected items (undo brings them back)</source>
            <translation>Удалить выбранные пункты (отмена вернёт их)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="344" />
            <source>Move &amp;up</source>
            <translation>&amp;Выше</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>Move the selected items up one row</source>
            <translation>Переместить выбранные пункты на строку выше</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="348" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Ниже</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Move the selected items down one row</source>
            <translation>Переместить выбранные пункты на строку ниже</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="352" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Сочетания клавиш</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="354" />
            <source>&amp;About controlroom</source>
            <translation>&amp;О программе controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="372" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="374" />
            <source>E&amp;vent</source>
            <translation>&amp;Мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>&amp;Show</source>
            <translation>&amp;Эфир</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="376" />
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="377" />
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="402" />
            <source>Main toolbar</source>
            <translation>Основная панель</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="431" />
            <source>REHEARSAL</source>
            <translation>РЕПЕТИЦИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="431" />
            <source>LIVE</source>
            <translation>ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="433" />
            <source>Devices are the simulators; nothing reaches the hall.</source>
            <translation>Устройства — симуляторы; в зал ничего не уходит.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="435" />
            <source>Commands go to the hall's real equipment.</source>
            <translation>Команды уходят на реальное оборудование зала.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="501" />
            <source>Read-only: another controlroom (pid {0}) is editing this database. Edits are not possible here; close the other one and open this again to edit.</source>
            <translation>Только чтение: эту базу данных редактирует другой controlroom (pid {0}). Изменения здесь невозможны; закройте другой и откройте эту снова, чтобы редактировать.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="510" />
            <source>Read-only: another controlroom (pid {0}) is editing this database.</source>
            <translation>Только чтение: эту базу данных редактирует другой controlroom (pid {0}).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="521" />
            <source>%n edit(s) could not be saved; the run-sheet now shows what is on the disk.</source>
            <translation>
                <numerusform>%n изменение не удалось сохранить; сценарий теперь показывает то, что на диске.</numerusform>
                <numerusform>%n изменения не удалось сохранить; сценарий теперь показывает то, что на диске.</numerusform>
                <numerusform>%n изменений не удалось сохранить; сценарий теперь показывает то, что на диске.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="543" />
            <source>Not saved: {0}</source>
            <translation>Не сохранено: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="544" />
            <source>An edit could not be written to the database: {0}
Edits shown here may be missing from the disk. Reopen the event (File ▸ Open event) to see what is saved.</source>
            <translation>Правку не удалось записать в базу данных: {0}
Показанных здесь правок может не быть на диске. Откройте мероприятие заново (Файл ▸ Открыть мероприятие), чтобы увидеть сохранённое.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="551" />
            <source>These edits could not be written to the database; the run-sheet shows what is on the disk:
{0}</source>
            <translation>Эти изменения не удалось записать в базу данных; сценарий показывает то, что сохранено на диске:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>Saved</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="569" />
            <source>Edit</source>
            <translation>Изменение</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="571" />
            <source>Undo: {0}</source>
            <translation>Отмена: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="573" />
            <source>Redo: {0}</source>
            <translation>Повтор: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="586" />
            <source>No event open</source>
            <translation>Мероприятие не открыто</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="588" />
            <source>Open an event (Ctrl+O), create one (Ctrl+Shift+N) or import a show file.</source>
            <translation>Откройте мероприятие (Ctrl+O), создайте новое (Ctrl+Shift+N) или импортируйте файл.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="603" />
            <source>%n item</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="603" />
            <source>%n items</source>
            <translation>
                <numerusform>%n пункт</numerusform>
                <numerusform>%n пункта</numerusform>
                <numerusform>%n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>planned end {0}</source>
            <translation>окончание по плану {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>total {0}</source>
            <translation>всего {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="612" />
            <source>⚠ %n overlap</source>
            <translation>
                <numerusform>⚠ %n наложение</numerusform>
                <numerusform>⚠ %n наложения</numerusform>
                <numerusform>⚠ %n наложений</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="614" />
            <source>⚠ %n overlaps</source>
            <translation>
                <numerusform>⚠ %n наложение</numerusform>
                <numerusform>⚠ %n наложения</numerusform>
                <numerusform>⚠ %n наложений</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="618" />
            <source>{0} — controlroom</source>
            <translation>{0} — controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="637" />
            <source>&amp;Undo {0}</source>
            <translation>&amp;Отменить «{0}»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="642" />
            <source>&amp;Redo {0}</source>
            <translation>&amp;Повторить «{0}»</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="652" />
            <source>Change title</source>
            <translation>Изменение названия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="653" />
            <source>Change speaker</source>
            <translation>Изменение выступающего</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Change speaker role</source>
            <translation>Изменение должности выступающего</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="655" />
            <source>Change kind</source>
            <translation>Изменение типа</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="656" />
            <source>Change duration</source>
            <translation>Изменение длительности</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="657" />
            <source>Change hard start</source>
            <translation>Изменение жёсткого начала</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="658" />
            <source>Change notes</source>
            <translation>Изменение заметок</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="659" />
            <source>Change warning time</source>
            <translation>Изменение времени предупреждения</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Change danger time</source>
            <translation>Изменение времени тревоги</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>Change colour</source>
            <translation>Изменение цвета</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="662" />
            <source>Change cues</source>
            <translation>Изменение реплик</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="666" />
            <source>Insert item</source>
            <translation>Добавление пункта</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="666" />
            <source>Insert %n items</source>
            <translation>
                <numerusform>Добавление %n пункта</numerusform>
                <numerusform>Добавление %n пунктов</numerusform>
                <numerusform>Добавление %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="668" />
            <source>Delete item</source>
            <translation>Удаление пункта</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="668" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>Удаление %n пункта</numerusform>
                <numerusform>Удаление %n пунктов</numerusform>
                <numerusform>Удаление %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="670" />
            <source>Move item</source>
            <translation>Перемещение пункта</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="670" />
            <source>Move %n items</source>
            <translation>
                <numerusform>Перемещение %n пункта</numerusform>
                <numerusform>Перемещение %n пунктов</numerusform>
                <numerusform>Перемещение %n пунктов</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="672" />
            <source>Duplicate item</source>
            <translation>Копирование пункта</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="674" />
            <source>Edit event</source>
            <translation>Изменение мероприятия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="717" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Во время эфира сценарий заблокирован.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="730" />
            <source>New item</source>
            <translation>Новый пункт</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="784" />
            <source>Row {0}: {1} — kept the previous value.</source>
            <translation>Строка {0}: {1} — оставлено прежнее значение.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="851" />
            <source>Could not open the event</source>
            <translation>Не удалось открыть мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="898" />
            <source>Could not create the event</source>
            <translation>Не удалось создать мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="935" />
            <source>Could not duplicate the event</source>
            <translation>Не удалось скопировать мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="956" />
            <source>event {0}</source>
            <translation>мероприятие {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="959" />
            <source>Delete event</source>
            <translation>Удаление мероприятия</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="960" />
            <source>Delete “{0}” and its whole run-sheet? This cannot be undone.</source>
            <translation>Удалить «{0}» со всем сценарием? Это действие нельзя отменить.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="964" />
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="990" />
            <source>Event deleted.</source>
            <translation>Мероприятие удалено.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="996" />
            <source>Could not delete the event</source>
            <translation>Не удалось удалить мероприятие</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1006" />
            <source>Import show file</source>
            <translation>Импорт файла</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1008" />
            <source>Show files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
            <translation>Файлы мероприятий (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Все файлы (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1032" />
            <source>Could not import {0}</source>
            <translation>Не удалось импортировать {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>Importing {0}…</source>
            <translation>Импорт {0}…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1039" />
            <source>Imported {0}.</source>
            <translation>Импортирован {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1053" />
            <source>Import {0}</source>
            <translation>Импорт {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1068" />
            <source>JSON show file (*.json)</source>
            <translation>Файл мероприятия JSON (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1069" />
            <source>CSV items (*.csv)</source>
            <translation>Пункты в CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1073" />
            <source>Export show file</source>
            <translation>Экспорт в файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1097" />
            <source>Exported to {0}.</source>
            <translation>Экспортировано в {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1099" />
            <source>Could not export to {0}</source>
            <translation>Не удалось экспортировать в {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1115" />
            <source>About controlroom</source>
            <translation>О программе controlroom</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1116" />
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
            <location filename="../../ui/panels/rehearsal.py" line="74" />
            <source>Faults act on the simulators only. Restore clears them.</source>
            <translation>Сбои действуют только на симуляторы. «Восстановить» снимает их.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="76" />
            <source>Waiting for the devices…</source>
            <translation>Ожидание устройств…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="78" />
            <source>LIVE: fault injection is only available in rehearsal.</source>
            <translation>ЭФИР: сбои можно вызывать только на репетиции.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="92" />
            <source>Silent</source>
            <translation>Молчит</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="93" />
            <source>Garbage</source>
            <translation>Мусор</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="94" />
            <source>Slow replies</source>
            <translation>Медленные ответы</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="95" />
            <source>Partial frames</source>
            <translation>Неполные кадры</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="97" />
            <source>Drop link</source>
            <translation>Обрыв связи</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="99" />
            <source>Restore</source>
            <translation>Восстановить</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <location filename="../../ui/remote_control.py" line="271" />
            <source>Remote control server</source>
            <translation>Сервер удалённого управления</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="275" />
            <source>This computer only ({0})</source>
            <translation>Только этот компьютер ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="277" />
            <source>LAN: {0}</source>
            <translation>Локальная сеть: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="287" />
            <source>New tokens</source>
            <translation>Новые токены</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="288" />
            <location filename="../../ui/remote_control.py" line="440" />
            <source>Off: nothing listens.</source>
            <translation>Выключено: ничего не слушает.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="293" />
            <source>Cut off remote control</source>
            <translation>Отключить удалённое управление</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="300" />
            <source>Message to the moderator's view</source>
            <translation>Сообщение на экран модератора</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="301" />
            <source>Send</source>
            <translation>Отправить</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="305" />
            <source>Listen on</source>
            <translation>Слушать на</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="307" />
            <source>HTTP</source>
            <translation>HTTP</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="309" />
            <source>OSC</source>
            <translation>OSC</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="311" />
            <source>Ports</source>
            <translation>Порты</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="312" />
            <source>Control token</source>
            <translation>Токен управления</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="313" />
            <source>View token</source>
            <translation>Токен просмотра</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="336" />
            <source>any</source>
            <translation>любой</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="387" />
            <source>Starting…</source>
            <translation>Запуск…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="416" />
            <source>Stopping…</source>
            <translation>Остановка…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="447" />
            <source>Could not start: {0}</source>
            <translation>Не удалось запустить: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="461" />
            <source>Listening on {0}</source>
            <translation>Слушает на {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="462" />
            <source>Presenter timer</source>
            <translation>Таймер докладчика</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="462" />
            <source>Moderator</source>
            <translation>Модератор</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="463" />
            <source>Status</source>
            <translation>Состояние</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="466" />
            <source>API: {0}</source>
            <translation>API: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="468" />
            <source>OSC: UDP port {0}</source>
            <translation>OSC: UDP-порт {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="470" />
            <source>Commands need the control token.</source>
            <translation>Для команд нужен токен управления.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="472" />
            <source>Only this computer can connect; no token needed.</source>
            <translation>Подключиться может только этот компьютер; токен не нужен.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <location filename="../../ui/report_pdf.py" line="97" />
            <source>Scheduled start</source>
            <translation>Начало по плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="100" />
            <source>Venue</source>
            <translation>Место</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="107" />
            <source>Planned end</source>
            <translation>Окончание по плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="108" />
            <location filename="../../ui/report_pdf.py" line="131" />
            <source>Actual start</source>
            <translation>Фактическое начало</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="109" />
            <location filename="../../ui/report_pdf.py" line="132" />
            <source>Actual end</source>
            <translation>Фактическое окончание</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="112" />
            <source>Finished</source>
            <translation>Итог</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="114" />
            <source>live</source>
            <translation>эфир</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="114" />
            <source>rehearsal</source>
            <translation>репетиция</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="114" />
            <source>earlier run</source>
            <translation>прежний прогон</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="116" />
            <source>Run</source>
            <translation>Прогон</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="120" />
            <source>Items run</source>
            <translation>Пройдено пунктов</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="121" />
            <source>Report made</source>
            <translation>Отчёт составлен</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="124" />
            <source>Planned and actual</source>
            <translation>План и факт</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="126" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="127" />
            <source>Item</source>
            <translation>Пункт</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="128" />
            <source>Speaker</source>
            <translation>Выступающий</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="129" />
            <source>Planned start</source>
            <translation>Начало по плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="130" />
            <source>Planned</source>
            <translation>По плану</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="133" />
            <source>Ran</source>
            <translation>Длилось</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="134" />
            <source>Late by</source>
            <translation>Опоздание</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="135" />
            <source>Over by</source>
            <translation>Превышение</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="172" />
            <source>Outages</source>
            <translation>Сбои</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Device</source>
            <translation>Устройство</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Outage</source>
            <translation>Сбой</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Lasted</source>
            <translation>Длительность</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="179" />
            <source>not over</source>
            <translation>не закончился</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="183" />
            <source>Event log</source>
            <translation>Журнал событий</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Time</source>
            <translation>Время</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Severity</source>
            <translation>Важность</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Message</source>
            <translation>Сообщение</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="194" />
            <source>The log of this event is empty.</source>
            <translation>Журнал этого мероприятия пуст.</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="274" />
            <source>%1 — page %2 of %3</source>
            <translation>%1 — страница %2 из %3</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="307" />
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
            <location filename="../../ui/runsheet_model.py" line="98" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="99" />
            <source>Start</source>
            <translation>Начало</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="100" />
            <source>Duration</source>
            <translation>Длит.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="101" />
            <source>End</source>
            <translation>Конец</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="102" />
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="103" />
            <source>Speaker</source>
            <translation>Выступающий</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="104" />
            <source>Kind</source>
            <translation>Тип</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="105" />
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="144" />
            <source>“{0}” is not a time of day (use HH:MM or HH:MM:SS)</source>
            <translation>«{0}» — не время суток (формат ЧЧ:ММ или ЧЧ:ММ:СС)</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="541" />
            <source>Overlaps the previous item by {0}</source>
            <translation>Наложение на предыдущий пункт: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="547" />
            <source>Gap of {0} before this item</source>
            <translation>Пауза {0} перед этим пунктом</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="553" />
            <source>Hard start at {0}</source>
            <translation>Жёсткое начало в {0}</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="558" />
            <source>Type a time (HH:MM) to fix a hard start; clear it to follow on.</source>
            <translation>Введите время (ЧЧ:ММ), чтобы задать жёсткое начало; очистите, чтобы пункт шёл сразу за предыдущим.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="565" />
            <source>Duration, e.g. 5:00, 90s, 45m or 1:30:00</source>
            <translation>Длительность, например 5:00, 90s, 45m или 1:30:00</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="722" />
            <source>Read-only: another controlroom is editing this database; edits are not possible here.</source>
            <translation>Только чтение: эту базу данных редактирует другой controlroom; изменения здесь невозможны.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="727" />
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
