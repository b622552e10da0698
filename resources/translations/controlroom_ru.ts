<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="207" />
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208" />
        <source>Something went wrong inside controlroom: {0}
Your edits so far are saved. Please report this with the details.</source>
        <translation>Внутренняя ошибка controlroom: {0}
Сделанные правки сохранены. Сообщите, пожалуйста, об ошибке, приложив подробности.</translation>
    </message>
</context>
<context>
    <name>DuplicateEventDialog</name>
    <message>
        <location filename="../../ui/event_dialogs.py" line="154" />
        <source>Duplicate event as template</source>
        <translation>Копия мероприятия как шаблон</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="159" />
        <source>A copy of “{0}” with all its items, for a new date.</source>
        <translation>Копия «{0}» со всеми пунктами — на новую дату.</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="164" />
        <source>New title</source>
        <translation>Новое название</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="165" />
        <source>Scheduled start</source>
        <translation>Начало по плану</translation>
    </message>
</context>
<context>
    <name>EventDetailsDialog</name>
    <message>
        <location filename="../../ui/event_dialogs.py" line="81" />
        <source>New event</source>
        <translation>Новое мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="81" />
        <source>Event details</source>
        <translation>Сведения о мероприятии</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="96" />
        <source>Language codes separated by commas, e.g. kk, ru</source>
        <translation>Коды языков через запятую, например kk, ru</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="105" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="106" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="107" />
        <source>Scheduled start</source>
        <translation>Начало по плану</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="108" />
        <source>Venue</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="109" />
        <source>Languages</source>
        <translation>Языки</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="110" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="124" />
        <source>The event needs a title.</source>
        <translation>У мероприятия должно быть название.</translation>
    </message>
</context>
<context>
    <name>EventKind</name>
    <message>
        <location filename="../../ui/event_dialogs.py" line="44" />
        <source>Briefing</source>
        <translation>Брифинг</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="45" />
        <source>Press conference</source>
        <translation>Пресс-конференция</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="46" />
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="47" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>ItemKind</name>
    <message>
        <location filename="../../ui/runsheet_model.py" line="98" />
        <source>Segment</source>
        <translation>Выступление</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="99" />
        <source>Q&amp;A</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="100" />
        <source>Break</source>
        <translation>Перерыв</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="101" />
        <source>Video</source>
        <translation>Видео</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="102" />
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="178" />
        <location filename="../../ui/main_window.py" line="542" />
        <source>controlroom</source>
        <translation>controlroom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="303" />
        <source>&amp;Open event…</source>
        <translation>&amp;Открыть мероприятие…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="304" />
        <source>Choose an event to open</source>
        <translation>Выбрать мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="307" />
        <source>&amp;New event…</source>
        <translation>&amp;Новое мероприятие…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="308" />
        <source>Create an empty event</source>
        <translation>Создать пустое мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="311" />
        <source>D&amp;uplicate event as template…</source>
        <translation>&amp;Копия мероприятия как шаблон…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="312" />
        <source>Copy this event with its items for a new date</source>
        <translation>Скопировать мероприятие со всеми пунктами на новую дату</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="315" />
        <source>Event &amp;details…</source>
        <translation>&amp;Сведения о мероприятии…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>Title, kind, start, venue and languages of this event</source>
        <translation>Название, тип, начало, место и языки мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="319" />
        <source>De&amp;lete event…</source>
        <translation>&amp;Удалить мероприятие…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="320" />
        <source>Delete this event and its run-sheet</source>
        <translation>Удалить мероприятие и его сценарий</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="323" />
        <source>&amp;Import show file…</source>
        <translation>&amp;Импорт файла…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="324" />
        <source>Import an event from a JSON or CSV show file</source>
        <translation>Импортировать мероприятие из файла JSON или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="327" />
        <source>&amp;Export show file…</source>
        <translation>&amp;Экспорт в файл…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>Export this event as JSON or CSV</source>
        <translation>Экспортировать мероприятие в JSON или CSV</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="330" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <location filename="../../ui/main_window.py" line="588" />
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>Undo the last edit</source>
        <translation>Отменить последнюю правку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="336" />
        <location filename="../../ui/main_window.py" line="591" />
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337" />
        <source>Redo the edit just undone</source>
        <translation>Повторить отменённую правку</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="340" />
        <source>&amp;Add item</source>
        <translation>&amp;Добавить пункт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="341" />
        <source>Add an item below the current one</source>
        <translation>Добавить пункт под текущим</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="344" />
        <source>D&amp;uplicate item</source>
        <translation>&amp;Копировать пункт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="345" />
        <source>Copy the current item below it</source>
        <translation>Скопировать текущий пункт под него</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="348" />
        <source>&amp;Delete items</source>
        <translation>&amp;Удалить пункты</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="349" />
        <source>Delete the selected items (undo brings them back)</source>
        <translation>Удалить выбранные пункты (отмена вернёт их)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="352" />
        <source>Move &amp;up</source>
        <translation>&amp;Выше</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="353" />
        <source>Move the selected items up one row</source>
        <translation>Переместить выбранные пункты на строку выше</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>Move do&amp;wn</source>
        <translation>&amp;Ниже</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="357" />
        <source>Move the selected items down one row</source>
        <translation>Переместить выбранные пункты на строку ниже</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="360" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362" />
        <source>&amp;About controlroom</source>
        <translation>&amp;О программе controlroom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="380" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="381" />
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="382" />
        <source>E&amp;vent</source>
        <translation>&amp;Мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="383" />
        <source>&amp;Show</source>
        <translation>&amp;Эфир</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="384" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="385" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="410" />
        <source>Main toolbar</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439" />
        <source>REHEARSAL</source>
        <translation>РЕПЕТИЦИЯ</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="439" />
        <source>LIVE</source>
        <translation>ЭФИР</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="441" />
        <source>Devices are the simulators; nothing reaches the hall.</source>
        <translation>Устройства — симуляторы; в зал ничего не уходит.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="443" />
        <source>Commands go to the hall's real equipment.</source>
        <translation>Команды уходят на реальное оборудование зала.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="514" />
        <source>Not saved: {0}</source>
        <translation>Не сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="516" />
        <source>An edit could not be written to the database: {0}
Edits shown here may be missing from the disk. Reopen the event (File ▸ Open event) to see what is saved.</source>
        <translation>Правку не удалось записать в базу данных: {0}
Показанных здесь правок может не быть на диске. Откройте мероприятие заново (Файл ▸ Открыть мероприятие), чтобы увидеть сохранённое.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="521" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="525" />
        <source>Saved</source>
        <translation>Сохранено</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="538" />
        <source>No event open</source>
        <translation>Мероприятие не открыто</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540" />
        <source>Open an event (Ctrl+O), create one (Ctrl+Shift+N) or import a show file.</source>
        <translation>Откройте мероприятие (Ctrl+O), создайте новое (Ctrl+Shift+N) или импортируйте файл.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="554" />
        <source>%n item</source>
        <translation><numerusform>%n пункт</numerusform><numerusform>%n пункта</numerusform><numerusform>%n пунктов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="554" />
        <source>%n items</source>
        <translation><numerusform>%n пункт</numerusform><numerusform>%n пункта</numerusform><numerusform>%n пунктов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="557" />
        <source>planned end {0}</source>
        <translation>окончание по плану {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="559" />
        <source>total {0}</source>
        <translation>всего {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="563" />
        <source>⚠ %n overlap</source>
        <translation><numerusform>⚠ %n наложение</numerusform><numerusform>⚠ %n наложения</numerusform><numerusform>⚠ %n наложений</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="565" />
        <source>⚠ %n overlaps</source>
        <translation><numerusform>⚠ %n наложение</numerusform><numerusform>⚠ %n наложения</numerusform><numerusform>⚠ %n наложений</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="569" />
        <source>{0} — controlroom</source>
        <translation>{0} — controlroom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="588" />
        <source>&amp;Undo {0}</source>
        <translation>&amp;Отменить «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="591" />
        <source>&amp;Redo {0}</source>
        <translation>&amp;Повторить «{0}»</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597" />
        <source>title</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="598" />
        <source>speaker</source>
        <translation>выступающий</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="599" />
        <source>speaker role</source>
        <translation>должность выступающего</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="600" />
        <source>kind</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="601" />
        <source>duration</source>
        <translation>длительность</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="602" />
        <source>hard start</source>
        <translation>жёсткое начало</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="603" />
        <source>notes</source>
        <translation>заметки</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="604" />
        <source>warning time</source>
        <translation>время предупреждения</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="605" />
        <source>danger time</source>
        <translation>время тревоги</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="606" />
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="607" />
        <source>cues</source>
        <translation>реплики</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="610" />
        <source>Insert item</source>
        <translation>Добавление пункта</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="611" />
        <source>Duplicate item</source>
        <translation>Копирование пункта</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="612" />
        <source>Delete item</source>
        <translation>Удаление пункта</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="613" />
        <source>Move item</source>
        <translation>Перемещение пункта</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="614" />
        <source>Edit event</source>
        <translation>Изменение мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="620" />
        <source>Change {0}</source>
        <translation>Изменение: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="624" />
        <source>Insert %n items</source>
        <translation><numerusform>Добавление %n пункта</numerusform><numerusform>Добавление %n пунктов</numerusform><numerusform>Добавление %n пунктов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="625" />
        <source>Delete %n items</source>
        <translation><numerusform>Удаление %n пункта</numerusform><numerusform>Удаление %n пунктов</numerusform><numerusform>Удаление %n пунктов</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/main_window.py" line="626" />
        <source>Move %n items</source>
        <translation><numerusform>Перемещение %n пункта</numerusform><numerusform>Перемещение %n пунктов</numerusform><numerusform>Перемещение %n пунктов</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="670" />
        <source>The run-sheet is locked while the show runs.</source>
        <translation>Во время эфира сценарий заблокирован.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683" />
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="737" />
        <source>Row {0}: {1} — kept the previous value.</source>
        <translation>Строка {0}: {1} — оставлено прежнее значение.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="799" />
        <source>Could not open the event</source>
        <translation>Не удалось открыть мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="840" />
        <source>Could not create the event</source>
        <translation>Не удалось создать мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="877" />
        <source>Could not duplicate the event</source>
        <translation>Не удалось скопировать мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="888" />
        <source>event {0}</source>
        <translation>мероприятие {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="891" />
        <source>Delete event</source>
        <translation>Удаление мероприятия</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="892" />
        <source>Delete “{0}” and its whole run-sheet? This cannot be undone.</source>
        <translation>Удалить «{0}» со всем сценарием? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="896" />
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="918" />
        <source>Event deleted.</source>
        <translation>Мероприятие удалено.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="924" />
        <source>Could not delete the event</source>
        <translation>Не удалось удалить мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="934" />
        <source>Import show file</source>
        <translation>Импорт файла</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="936" />
        <source>Show files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
        <translation>Файлы мероприятий (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="960" />
        <source>Could not import {0}</source>
        <translation>Не удалось импортировать {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="961" />
        <source>Importing {0}…</source>
        <translation>Импорт {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="967" />
        <source>Imported {0}.</source>
        <translation>Импортирован {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="981" />
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="996" />
        <source>JSON show file (*.json)</source>
        <translation>Файл мероприятия JSON (*.json)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="997" />
        <source>CSV items (*.csv)</source>
        <translation>Пункты в CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1001" />
        <source>Export show file</source>
        <translation>Экспорт в файл</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1025" />
        <source>Exported to {0}.</source>
        <translation>Экспортировано в {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1027" />
        <source>Could not export to {0}</source>
        <translation>Не удалось экспортировать в {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1043" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1053" />
        <source>About controlroom</source>
        <translation>О программе controlroom</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="1055" />
        <source>controlroom: the run-sheet, show control, hall equipment and presenter timer of a press hall.</source>
        <translation>controlroom: сценарий, ведение эфира, оборудование зала и таймер выступающего для пресс-зала.</translation>
    </message>
</context>
<context>
    <name>OpenEventDialog</name>
    <message>
        <location filename="../../ui/event_dialogs.py" line="200" />
        <source>Open event</source>
        <translation>Открыть мероприятие</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="206" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="206" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="206" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="206" />
        <source>Items</source>
        <translation>Пункты</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="210" />
        <source>Loading events…</source>
        <translation>Загрузка мероприятий…</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="213" />
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="215" />
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location filename="../../ui/event_dialogs.py" line="257" />
        <source>No events yet.</source>
        <translation>Мероприятий пока нет.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/event_dialogs.py" line="259" />
        <source>%n event</source>
        <translation><numerusform>%n мероприятие</numerusform><numerusform>%n мероприятия</numerusform><numerusform>%n мероприятий</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/event_dialogs.py" line="261" />
        <source>%n events</source>
        <translation><numerusform>%n мероприятие</numerusform><numerusform>%n мероприятия</numerusform><numerusform>%n мероприятий</numerusform></translation>
    </message>
</context>
<context>
    <name>RunSheetDelegate</name>
    <message>
        <location filename="../../ui/delegates.py" line="49" />
        <source>5:00</source>
        <translation>5:00</translation>
    </message>
    <message>
        <location filename="../../ui/delegates.py" line="51" />
        <source>HH:MM (empty: follow on)</source>
        <translation>ЧЧ:ММ (пусто — сразу за предыдущим)</translation>
    </message>
</context>
<context>
    <name>RunSheetTableModel</name>
    <message>
        <location filename="../../ui/runsheet_model.py" line="83" />
        <source>#</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="84" />
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="85" />
        <source>Duration</source>
        <translation>Длит.</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="86" />
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="87" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="88" />
        <source>Speaker</source>
        <translation>Выступающий</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="89" />
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="90" />
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="129" />
        <source>“{0}” is not a time of day (use HH:MM or HH:MM:SS)</source>
        <translation>«{0}» — не время суток (формат ЧЧ:ММ или ЧЧ:ММ:СС)</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="399" />
        <source>Overlaps the previous item by {0}</source>
        <translation>Наложение на предыдущий пункт: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="405" />
        <source>Gap of {0} before this item</source>
        <translation>Пауза {0} перед этим пунктом</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="411" />
        <source>Hard start at {0}</source>
        <translation>Жёсткое начало в {0}</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="416" />
        <source>Type a time (HH:MM) to fix a hard start; clear it to follow on.</source>
        <translation>Введите время (ЧЧ:ММ), чтобы задать жёсткое начало; очистите, чтобы пункт шёл сразу за предыдущим.</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="423" />
        <source>Duration, e.g. 5:00, 90s, 45m or 1:30:00</source>
        <translation>Длительность, например 5:00, 90s, 45m или 1:30:00</translation>
    </message>
    <message>
        <location filename="../../ui/runsheet_model.py" line="454" />
        <location filename="../../ui/runsheet_model.py" line="578" />
        <source>The run-sheet is locked while the show runs.</source>
        <translation>Во время эфира сценарий заблокирован.</translation>
    </message>
</context>
</TS>