<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
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
            <translation>Растау</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="76" />
            <source>Acknowledge every alarm (Ctrl+Shift+A)</source>
            <translation>Барлық дабылды растау (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="78" />
            <source>All alarms…</source>
            <translation>Барлық дабылдар…</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="112" />
            <source>{0} unacknowledged alarms</source>
            <translation>Расталмаған дабылдар: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="124" />
            <source>Alarms</source>
            <translation>Дабылдар</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Time</source>
            <translation>Уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Device</source>
            <translation>Құрылғы</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Alarm</source>
            <translation>Дабыл</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="129" />
            <source>Now</source>
            <translation>Қазір</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="139" />
            <source>No unacknowledged alarms.</source>
            <translation>Расталмаған дабыл жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="142" />
            <source>Acknowledge selected</source>
            <translation>Таңдалғандарды растау</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="145" />
            <source>Acknowledge all</source>
            <translation>Барлығын растау</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="148" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="163" />
            <source>active</source>
            <translation>әлі бар</translation>
        </message>
        <message>
            <location filename="../../ui/alarm_strip.py" line="163" />
            <source>over</source>
            <translation>өтті</translation>
        </message>
        <message>
            <location filename="../../ui/console/alarms.py" line="64" />
            <source>Acknowledge alarms</source>
            <translation>Дабылдарды растау</translation>
        </message>
        <message>
            <location filename="../../ui/console/alarms.py" line="104" />
            <source>Item {0}: {1}</source>
            <translation>{0}-тармақ: {1}</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <location filename="../../ui/app.py" line="87" />
            <source>Remote control</source>
            <translation>Қашықтан басқару</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../ui/app.py" line="261" />
            <source>Unexpected error</source>
            <translation>Күтпеген қате</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="262" />
            <source>Something went wrong inside controlroom: {0}
Your edits so far are saved. Please report this with the details.</source>
            <translation>controlroom ішінде қате шықты: {0}
Осы уақытқа дейінгі өзгерістер сақталды. Бұл туралы мәліметтерімен бірге хабарлаңыз.</translation>
        </message>
    </context>
    <context>
        <name>BadDatabaseDialog</name>
        <message>
            <location filename="../../ui/database_dialog.py" line="48" />
            <source>The database cannot be opened</source>
            <translation>Дерекқорды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="53" />
            <source>controlroom cannot use the database {0}:
{1}</source>
            <translation>controlroom {0} дерекқорын пайдалана алмайды:
{1}</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="64" />
            <source>Automatic backups (newest first):</source>
            <translation>Автоматты сақтық көшірмелер (алдымен жаңалары):</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="66" />
            <source>There are no backups of this database.</source>
            <translation>Бұл дерекқордың сақтық көшірмелері жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="70" />
            <source>&amp;Open another database…</source>
            <translation>Басқа дерекқорды &amp;ашу…</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="71" />
            <source>&amp;Restore the backup</source>
            <translation>Сақтық көшірмеден &amp;қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="73" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="91" />
            <source>Open a database</source>
            <translation>Дерекқорды ашу</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="93" />
            <source>controlroom databases (*.db);;All files (*)</source>
            <translation>controlroom дерекқорлары (*.db);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="143" />
            <source>The backup could not be restored: {0}</source>
            <translation>Сақтық көшірмені қалпына келтіру мүмкін болмады: {0}</translation>
        </message>
    </context>
    <context>
        <name>Console</name>
        <message>
            <location filename="../../ui/console/actions.py" line="67" />
            <source>GO	Space</source>
            <translation>БАСТАУ	Space</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="69" />
            <source>Standby up</source>
            <translation>Кезекті жоғары</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="72" />
            <source>Standby down</source>
            <translation>Кезекті төмен</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="75" />
            <source>Standby on the selected item</source>
            <translation>Таңдалған тармақты кезекке қою</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="77" />
            <source>Stop the show</source>
            <translation>Эфирді тоқтату</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="79" />
            <source>PANIC: mute every microphone</source>
            <translation>ТӨТЕНШЕ: барлық микрофонды өшіру</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="83" />
            <source>Show mode (lock the run-sheet)</source>
            <translation>Эфир режимі (сценарий құлыпталады)</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="88" />
            <source>Ask before opening a microphone the live item does not plan</source>
            <translation>Эфирдегі тармақ жоспарламаған микрофонды қоспас бұрын сұрау</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="94" />
            <source>Switch REHEARSAL / LIVE…</source>
            <translation>РЕПЕТИЦИЯ / ЭФИР ауыстыру…</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="97" />
            <location filename="../../ui/console/readiness.py" line="80" />
            <source>Readiness check</source>
            <translation>Дайындықты тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="99" />
            <source>Show report (CSV or PDF)…</source>
            <translation>Эфир есебі (CSV немесе PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="211" />
            <location filename="../../ui/console/controller.py" line="284" />
            <source>The hall file cannot be used: {0}</source>
            <translation>Зал файлын пайдалану мүмкін емес: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="237" />
            <source>NO HALL FILE</source>
            <translation>ЗАЛ ФАЙЛЫ ЖОҚ</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="260" />
            <source>Open a hall file</source>
            <translation>Зал файлын ашу</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="260" />
            <source>Hall files (*.toml)</source>
            <translation>Зал файлдары (*.toml)</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="301" />
            <source>Hall file {0} opened.</source>
            <translation>{0} зал файлы ашылды.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="333" />
            <source>The devices could not be started: {0}</source>
            <translation>Құрылғыларды іске қосу мүмкін болмады: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="464" />
            <source>The live item {0} “{1}” was edited; cues apply on its next GO.</source>
            <translation>Эфирдегі {0} «{1}» тармағы өзгертілді; командалар келесі БАСТАУ кезінде орындалады.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="482" />
            <source>GO is off: the hall file cannot be used (see above the run-sheet).</source>
            <translation>GO өшірулі: зал файлын пайдалану мүмкін емес (сценарийдің үстін қараңыз).</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="517" />
            <source>PANIC: no devices connected.</source>
            <translation>ТӨТЕНШЕ: құрылғылар қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="520" />
            <source>PANIC: every microphone muted.</source>
            <translation>ТӨТЕНШЕ: барлық микрофон өшірілді.</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="41" />
            <location filename="../../ui/console/cue_editing.py" line="52" />
            <source>Cues &amp;&amp; On GO</source>
            <translation>Командалар &amp;&amp; БАСТАУ</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="66" />
            <location filename="../../ui/console/cue_editing.py" line="99" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Эфир кезінде сценарий құлыпталған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="73" />
            <source>Change the live item</source>
            <translation>Эфирдегі тармақты өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="74" />
            <source>Item {0} is live. Its new cues are not sent now; they apply on its next GO. Change them?</source>
            <translation>{0} тармағы эфирде. Жаңа командалар қазір жіберілмейді, келесі БАСТАУ кезінде орындалады. Өзгерту керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="76" />
            <source>Change cues</source>
            <translation>Командаларды өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="122" />
            <source>On GO: nothing in standby.</source>
            <translation>БАСТАУ: кезекте ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="125" />
            <source>On GO — item {0}: {1}</source>
            <translation>БАСТАУ — {0}-тармақ: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="128" />
            <source>(devices not connected)</source>
            <translation>(құрылғылар қосылмаған)</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="131" />
            <source>break: every microphone is muted</source>
            <translation>үзіліс: барлық микрофон өшіріледі</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="135" />
            <source>(nothing changes)</source>
            <translation>(ештеңе өзгермейді)</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="140" />
            <source>⚠ item {0} failed: {1}: {2}</source>
            <translation>⚠ {0}-тармақ орындалмады: {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/console/cue_editing.py" line="152" />
            <source>⚠ {0} will fail: {1}</source>
            <translation>⚠ {0} командасы орындалмайды: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/docks.py" line="55" />
            <source>Show</source>
            <translation>Эфир</translation>
        </message>
        <message>
            <location filename="../../ui/console/docks.py" line="129" />
            <source>Rehearsal faults</source>
            <translation>Репетиция ақаулары</translation>
        </message>
        <message>
            <location filename="../../ui/console/docks.py" line="132" />
            <source>Event log</source>
            <translation>Оқиғалар журналы</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="63" />
            <location filename="../../ui/console/hall_error.py" line="74" />
            <source>not valid TOML: {0}</source>
            <translation>TOML қате: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="70" />
            <source>not valid TOML: {0} (at the end of the file)</source>
            <translation>TOML қате: {0} (файлдың соңында)</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="120" />
            <source>The hall file cannot be used: nothing is connected and GO is off.</source>
            <translation>Зал файлын пайдалану мүмкін емес: ештеңе қосылмаған, GO өшірулі.</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="133" />
            <source>Correct the file and open it again, or run on the simulators meanwhile.</source>
            <translation>Файлды түзетіп, қайта ашыңыз немесе әзірге симуляторлармен жұмыс істеңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="136" />
            <source>Open another hall file…</source>
            <translation>Басқа зал файлын ашу…</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="139" />
            <source>Use the rehearsal hall</source>
            <translation>Репетиция залы</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="142" />
            <source>The default hall file, on simulators: nothing reaches the real equipment.</source>
            <translation>Әдепкі зал файлы, симуляторларда: нақты жабдыққа ештеңе жетпейді.</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="161" />
            <source>File: {0}</source>
            <translation>Файл: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="163" />
            <source>Line {0}, key {1}</source>
            <translation>{0}-жол, {1} кілті</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="165" />
            <source>Line {0}, column {1}</source>
            <translation>{0}-жол, {1}-баған</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="167" />
            <source>Line {0}</source>
            <translation>{0}-жол</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="169" />
            <source>Key {0}</source>
            <translation>{0} кілті</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_error.py" line="174" />
            <source>Problem: {0}</source>
            <translation>Қате: {0}</translation>
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
            <translation>{0}-тармақ «{1}» эфирде.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="89" />
            <source>No item is live, but the show is not over.</source>
            <translation>Қазір эфирде тармақ жоқ, бірақ эфир аяқталған жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="93" />
            <source>The show is running</source>
            <translation>Эфир жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="94" />
            <source>The show is running ({0}). {1}</source>
            <translation>Эфир жүріп жатыр ({0}). {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="96" />
            <source>Quitting ends the show: the actual times stop here and the devices are let go (they keep their last state). Keep the show running unless it is over.</source>
            <translation>Шығу эфирді аяқтайды: нақты уақыт осы жерде тоқтайды, құрылғылар ажыратылады (олар соңғы күйін сақтайды). Эфир аяқталмаса, оны жалғастырыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="101" />
            <source>Keep the show running</source>
            <translation>Эфирді жалғастыру</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="102" />
            <source>End the show and quit</source>
            <translation>Эфирді аяқтап, шығу</translation>
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
            <translation>бұрынғы өткізу</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="176" />
            <source>Actual times: none yet (the first GO starts a run)</source>
            <translation>Нақты уақыт: әзірге жоқ (алғашқы GO өткізуді бастайды)</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="179" />
            <source>{0} #{1}</source>
            <translation>{0} №{1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="182" />
            <source>Actual times: {0}, started {1} — running now</source>
            <translation>Нақты уақыт: {0}, басталуы {1} — қазір жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="184" />
            <source>Actual times: {0}, started {1} — did not end</source>
            <translation>Нақты уақыт: {0}, басталуы {1} — аяқталмаған</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="185" />
            <source>Actual times: {0}, started {1}</source>
            <translation>Нақты уақыт: {0}, басталуы {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="213" />
            <source>Actual times: reading…</source>
            <translation>Нақты уақыт: оқылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="231" />
            <source>Actual times: could not be read ({0})</source>
            <translation>Нақты уақыт: оқу мүмкін болмады ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="294" />
            <source>The show stopped unexpectedly</source>
            <translation>Эфир күтпеген жерден тоқтады</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="296" />
            <source>The show of “{0}” stopped unexpectedly at {1} during item {2} “{3}”. Resume where it was?</source>
            <translation>«{0}» эфирі {1} кезінде, {2}-тармақ «{3}» жүріп тұрғанда күтпеген жерден тоқтады. Сол жерден жалғастыру керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="301" />
            <source>The show of “{0}” stopped unexpectedly at {1}, between items. Resume where it was?</source>
            <translation>«{0}» эфирі {1} кезінде, тармақтар арасында күтпеген жерден тоқтады. Сол жерден жалғастыру керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="307" />
            <source>Resume: show mode, the live item, standby and the actual times come back as they were ({0} started {1}). Nothing is sent to the hall until you ask.
Start fresh: that run is closed as it stood; the next GO starts a new run.</source>
            <translation>Жалғастыру: эфир режимі, эфирдегі тармақ, күтудегі тармақ және нақты уақыт бұрынғыдай қалпына келеді ({0}, басталуы {1}). Сіз сұрамайынша залға ештеңе жіберілмейді.
Жаңадан бастау: ол өткізу сол күйінде жабылады; келесі GO жаңа өткізуді бастайды.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="313" />
            <source>Resume the show</source>
            <translation>Эфирді жалғастыру</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="314" />
            <source>Start fresh</source>
            <translation>Жаңадан бастау</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="383" />
            <source>Re-send the hall state?</source>
            <translation>Зал күйін қайта жіберу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="385" />
            <source>Item {0} “{1}” is live again. The hall may have changed while the app was down.</source>
            <translation>{0}-тармақ «{1}» қайтадан эфирде. Бағдарлама жұмыс істемеген кезде зал күйі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="389" />
            <source>Re-sending sets the switcher, projector and microphones to this item's cues again. Check the hall first if someone changed it by hand.</source>
            <translation>Қайта жіберу микшерді, проекторды және микрофондарды осы тармақтың белгілеріне қайта қояды. Біреу залды қолмен өзгерткен болса, алдымен тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="393" />
            <source>Re-send the hall state of the live item</source>
            <translation>Эфирдегі тармақтың зал күйін қайта жіберу</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="395" />
            <source>Not now</source>
            <translation>Қазір емес</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="31" />
            <location filename="../../ui/console/mode_switch.py" line="45" />
            <source>Switch to LIVE</source>
            <translation>ЭФИРГЕ ауысу</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="31" />
            <location filename="../../ui/console/mode_switch.py" line="45" />
            <source>Switch to rehearsal</source>
            <translation>Репетицияға ауысу</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="33" />
            <source>Switch to LIVE? Commands will go to the hall's real equipment.</source>
            <translation>ЭФИРГЕ ауысу керек пе? Командалар залдың нақты жабдығына жіберіледі.</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="35" />
            <source>Switch to REHEARSAL? The hall's equipment is let go and the simulators take its place.</source>
            <translation>РЕПЕТИЦИЯҒА ауысу керек пе? Зал жабдығы ажыратылып, орнына симуляторлар қосылады.</translation>
        </message>
        <message>
            <location filename="../../ui/console/mode_switch.py" line="39" />
            <source>An item is live: the show keeps its place, but the new devices get no cues until the next GO.</source>
            <translation>Тармақ эфирде: эфир орнынан жалғасады, бірақ жаңа құрылғылар келесі БАСТАУ-ға дейін команда алмайды.</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="60" />
            <source>{0}: the devices are not connected.</source>
            <translation>{0}: құрылғылар қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="93" />
            <source>Open a microphone</source>
            <translation>Микрофонды қосу</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="96" />
            <source>The live item does not plan channel {0} {1} to be open. Open it anyway?</source>
            <translation>Эфирдегі тармақ {0} {1} арнасын қосуды жоспарламаған. Бәрібір қосу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="99" />
            <source>Do not ask again</source>
            <translation>Қайта сұрамау</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="100" />
            <source>Open channel</source>
            <translation>Арнаны қосу</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="62" />
            <source>Readiness check: the devices are not connected yet.</source>
            <translation>Дайындықты тексеру: құрылғылар әлі қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="69" />
            <source>Checking…</source>
            <translation>Тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="83" />
            <source>Readiness check failed</source>
            <translation>Дайындықты тексеру сәтсіз аяқталды</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="149" />
            <source>Readiness: GO</source>
            <translation>Дайындық: ДАЙЫН</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="149" />
            <source>Readiness: NO-GO</source>
            <translation>Дайындық: ДАЙЫН ЕМЕС</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="150" />
            <source>GO</source>
            <translation>ДАЙЫН</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="150" />
            <source>NO-GO</source>
            <translation>ДАЙЫН ЕМЕС</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Device</source>
            <translation>Құрылғы</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="162" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="168" />
            <source>Problems: {0}</source>
            <translation>Мәселелер: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="168" />
            <source>No problems.</source>
            <translation>Мәселе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>Where</source>
            <translation>Қай жерде</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>Problem</source>
            <translation>Мәселе</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="177" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="193" />
            <source>ok</source>
            <translation>жақсы</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="195" />
            <source>not ready</source>
            <translation>дайын емес</translation>
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
            <translation>Іс-шара: {0} ({1} тармақ)</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="206" />
            <source>Standby: item {0}</source>
            <translation>Кезекте: {0}-тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="207" />
            <source>Standby: nothing</source>
            <translation>Кезекте: ештеңе жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="63" />
            <source>#{0}  {1}  {2} from {3}, not ended  ({4} items run)</source>
            <translation>№{0}  {1}  {2} {3} бастап, аяқталмаған  (өткен тармақтар: {4})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="66" />
            <source>#{0}  {1}  {2} {3}–{4}  ({5} items run)</source>
            <translation>№{0}  {1}  {2} {3}–{4}  (өткен тармақтар: {5})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="77" />
            <source>Show report: which run?</source>
            <translation>Эфир есебі: қай өткізу?</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="80" />
            <source>The report is of one run of the show (a rehearsal or the live show).</source>
            <translation>Есеп бір өткізу бойынша жасалады (репетиция немесе эфир).</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="144" />
            <source>Could not read the runs</source>
            <translation>Өткізулерді оқу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="161" />
            <source>Show report</source>
            <translation>Эфир есебі</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="163" />
            <source>PDF (*.pdf);;CSV (*.csv)</source>
            <translation>PDF (*.pdf);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="205" />
            <source>Could not write the report</source>
            <translation>Есепті жазу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="208" />
            <source>Report written to {0}.</source>
            <translation>Есеп жазылды: {0}.</translation>
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
            <translation>{0}-тармақ: {1}: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="125" />
            <source>GO ignored: {0}</source>
            <translation>БАСТАУ орындалмады: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="130" />
            <source>{0}: {1} failed: {2}</source>
            <translation>{0}: {1} — қате: {2}</translation>
        </message>
        <message>
            <location filename="../../ui/console/show_status.py" line="141" />
            <source>no event open</source>
            <translation>іс-шара ашылмаған</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="55" />
            <source>Switcher</source>
            <translation>Видеомикшер</translation>
        </message>
        <message>
            <location filename="../../ui/device_ui.py" line="60" />
            <source>Microphones</source>
            <translation>Микрофондар</translation>
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
            <translation>ДАБЫЛ (қашықтан): барлық микрофон өшірілді.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="215" />
            <source>PANIC (remote): no devices connected.</source>
            <translation>ДАБЫЛ (қашықтан): құрылғылар қосылмаған.</translation>
        </message>
    </context>
    <context>
        <name>DevicePanel</name>
        <message>
            <location filename="../../ui/panels/common.py" line="247" />
            <source>No current values: the device is not connected.</source>
            <translation>Ағымдағы мәндер жоқ: құрылғы қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="249" />
            <source>Last known values, {0} ago — not current.</source>
            <translation>Соңғы белгілі мәндер, {0} бұрын — ағымдағы емес.</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <location filename="../../ui/panels/common.py" line="77" />
            <source>connected</source>
            <translation>қосылған</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="78" />
            <source>connecting</source>
            <translation>қосылуда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="79" />
            <source>offline</source>
            <translation>байланыс жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="80" />
            <source>failed</source>
            <translation>ақау</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="81" />
            <source>bad configuration</source>
            <translation>баптау қатесі</translation>
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
            <translation>{0} сағ {1} мин</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="108" />
            <source>not started</source>
            <translation>іске қосылмаған</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="155" />
            <source>never heard from</source>
            <translation>жауап болған жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="158" />
            <source>last heard {0} ago</source>
            <translation>соңғы жауап {0} бұрын</translation>
        </message>
    </context>
    <context>
        <name>DuplicateEventDialog</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="156" />
            <source>Duplicate event as template</source>
            <translation>Іс-шараны үлгі ретінде көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="161" />
            <source>A copy of “{0}” with all its items, for a new date.</source>
            <translation>«{0}» көшірмесі барлық тармақтарымен — жаңа күнге.</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="167" />
            <source>New title</source>
            <translation>Жаңа атауы</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="168" />
            <source>Scheduled start</source>
            <translation>Жоспарлы басталуы</translation>
        </message>
    </context>
    <context>
        <name>EventDetailsDialog</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="82" />
            <source>New event</source>
            <translation>Жаңа іс-шара</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="82" />
            <source>Event details</source>
            <translation>Іс-шара мәліметтері</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="97" />
            <source>Language codes separated by commas, e.g. kk, ru</source>
            <translation>Тіл кодтары үтір арқылы, мысалы kk, ru</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="107" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="108" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="109" />
            <source>Scheduled start</source>
            <translation>Жоспарлы басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="110" />
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="111" />
            <source>Languages</source>
            <translation>Тілдер</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="112" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="126" />
            <source>The event needs a title.</source>
            <translation>Іс-шараның атауы болуы керек.</translation>
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
            <translation>Баспасөз мәслихаты</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="47" />
            <source>Meeting</source>
            <translation>Кездесу</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="48" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message>
            <location filename="../../ui/inspector.py" line="126" />
            <source>Show mode: the run-sheet is locked.</source>
            <translation>Эфир режимі: сценарий құлыпталған.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="173" />
            <source>No item selected.</source>
            <translation>Тармақ таңдалмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="175" />
            <source>Cues of item {0}: {1}</source>
            <translation>{0}-тармақтың командалары: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="275" />
            <source>On GO: nothing in standby.</source>
            <translation>БАСТАУ: кезекте ештеңе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="275" />
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="277" />
            <source>Delay after GO</source>
            <translation>БАСТАУ-дан кейінгі кідіріс</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="218" />
            <source>Microphones: {0}</source>
            <translation>Микрофондар: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="221" />
            <source>Unticked: the microphones are left as they are</source>
            <translation>Белгі қойылмаса: микрофондар өзгермейді</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="230" />
            <source>gain as is</source>
            <translation>өзгеріссіз</translation>
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
            <translation>Кідіріс</translation>
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
            <translation>өзгермейді</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="178" />
            <source>on</source>
            <translation>қосу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="178" />
            <source>off</source>
            <translation>өшіру</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="185" />
            <source>blank</source>
            <translation>перде</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="185" />
            <source>show</source>
            <translation>көрсету</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="188" />
            <source>Power</source>
            <translation>Қуат</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="189" />
            <source>Source</source>
            <translation>Кіріс</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="190" />
            <source>Blank</source>
            <translation>Перде</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="162" />
            <source>Switcher: {0}</source>
            <translation>Видеомикшер: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="170" />
            <source>cut</source>
            <translation>кесу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="171" />
            <source>auto (mix)</source>
            <translation>авто (микс)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="178" />
            <source>Program</source>
            <translation>Бағдарлама</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="179" />
            <source>Transition</source>
            <translation>Ауысу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="180" />
            <source>Preview</source>
            <translation>Алдын ала қарау</translation>
        </message>
    </context>
    <context>
        <name>ItemFields</name>
        <message>
            <location filename="../../ui/item_fields.py" line="45" />
            <source>Item</source>
            <translation>Тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="51" />
            <source>e.g. Minister, moderator</source>
            <translation>мысалы, министр, модератор</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="54" />
            <source>Time left when the presenter timer turns amber (m:ss)</source>
            <translation>Баяндамашы таймері сары түске өткенде қалған уақыт (м:сс)</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="57" />
            <source>Time left when the presenter timer turns red (m:ss)</source>
            <translation>Баяндамашы таймері қызыл түске өткенде қалған уақыт (м:сс)</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="60" />
            <source>none (#rrggbb)</source>
            <translation>жоқ (#rrggbb)</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="63" />
            <source>Choose…</source>
            <translation>Таңдау…</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="78" />
            <source>Speaker role</source>
            <translation>Баяндамашының лауазымы</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="79" />
            <source>Warning at</source>
            <translation>Ескерту уақыты</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="80" />
            <source>Danger at</source>
            <translation>Қауіп уақыты</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="81" />
            <source>Row colour</source>
            <translation>Жол түсі</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="88" />
            <source>The warning time '{0}' is not a time: {1}</source>
            <translation>Ескерту уақыты «{0}» уақыт емес: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/item_fields.py" line="93" />
            <source>The danger time '{0}' is not a time: {1}</source>
            <translation>Қауіп уақыты «{0}» уақыт емес: {1}</translation>
        </message>
    </context>
    <context>
        <name>ItemKind</name>
        <message>
            <location filename="../../ui/runsheet_model.py" line="113" />
            <source>Segment</source>
            <translation>Сөз сөйлеу</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="114" />
            <source>Q&amp;A</source>
            <translation>Сұрақ-жауап</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="115" />
            <source>Break</source>
            <translation>Үзіліс</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="116" />
            <source>Video</source>
            <translation>Бейне</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="117" />
            <source>Other</source>
            <translation>Басқа</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../ui/i18n.py" line="133" />
            <location filename="../../ui/i18n.py" line="164" />
            <source>Language</source>
            <translation>Тіл</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="139" />
            <source>System</source>
            <translation>Жүйедегідей</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="156" />
            <source>The language changes when controlroom is started again.</source>
            <translation>Тіл controlroom қайта іске қосылғанда ауысады.</translation>
        </message>
        <message>
            <location filename="../../ui/i18n.py" line="159" />
            <source>{0}={1} is set, and it comes first.</source>
            <translation>{0}={1} орнатылған, ол осы баптаудан басым.</translation>
        </message>
    </context>
    <context>
        <name>LogPanel</name>
        <message>
            <location filename="../../ui/panels/log.py" line="63" />
            <source>debug</source>
            <translation>жөндеу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="64" />
            <source>info</source>
            <translation>ақпарат</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="65" />
            <source>warning</source>
            <translation>ескерту</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="66" />
            <source>error</source>
            <translation>қате</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="73" />
            <source>action</source>
            <translation>әрекет</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="74" />
            <source>command</source>
            <translation>команда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="75" />
            <source>reply</source>
            <translation>жауап</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="76" />
            <source>status</source>
            <translation>күй</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="77" />
            <source>item</source>
            <translation>тармақ</translation>
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
            <translation>Уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Severity</source>
            <translation>Деңгей</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="112" />
            <source>Message</source>
            <translation>Хабар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="206" />
            <source>All sources</source>
            <translation>Барлық дереккөз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="212" />
            <source>{0} and above</source>
            <translation>{0} және жоғары</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="242" />
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="314" />
            <source>The earlier log could not be read: {0}</source>
            <translation>Бұрынғы журналды оқу мүмкін болмады: {0}</translation>
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
            <translation>&amp;Іс-шараны ашу…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="291" />
            <source>Choose an event to open</source>
            <translation>Ашатын іс-шараны таңдау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="294" />
            <source>&amp;New event…</source>
            <translation>&amp;Жаңа іс-шара…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="295" />
            <source>Create an empty event</source>
            <translation>Бос іс-шара құру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="298" />
            <source>D&amp;uplicate event as template…</source>
            <translation>Үлгі ретінде &amp;көшіру…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>Copy this event with its items for a new date</source>
            <translation>Осы іс-шараны тармақтарымен жаңа күнге көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="302" />
            <source>Event &amp;details…</source>
            <translation>Іс-шара &amp;мәліметтері…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Title, kind, start, venue and languages of this event</source>
            <translation>Іс-шараның атауы, түрі, басталуы, орны және тілдері</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="306" />
            <source>De&amp;lete event…</source>
            <translation>Іс-шараны жо&amp;ю…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>Delete this event and its run-sheet</source>
            <translation>Осы іс-шараны сценарийімен бірге жою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="310" />
            <source>&amp;Import show file…</source>
            <translation>Файлдан &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>Import an event from a JSON or CSV show file</source>
            <translation>Іс-шараны JSON немесе CSV файлынан импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="314" />
            <source>&amp;Export show file…</source>
            <translation>Файлға &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>Export this event as JSON or CSV</source>
            <translation>Іс-шараны JSON немесе CSV ретінде экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="322" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <location filename="../../ui/main_window.py" line="639" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="325" />
            <source>Undo the last edit</source>
            <translation>Соңғы өзгерісті болдырмау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="328" />
            <location filename="../../ui/main_window.py" line="644" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <source>Redo the edit just undone</source>
            <translation>Жаңа ғана болдырылмаған өзгерісті қайталау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="332" />
            <source>&amp;Add item</source>
            <translation>Тармақ қ&amp;осу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>Add an item below the current one</source>
            <translation>Ағымдағы тармақтың астына тармақ қосу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="336" />
            <source>D&amp;uplicate item</source>
            <translation>Тармақты &amp;көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="337" />
            <source>Copy the current item below it</source>
            <translation>Ағымдағы тармақты астына көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="340" />
            <source>&amp;Delete items</source>
            <translation>Тармақтарды жо&amp;ю</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>Delete the selected items (undo brings them back)</source>
            <translation>Таңдалған тармақтарды жою (болдырмау оларды қайтарады)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="344" />
            <source>Move &amp;up</source>
            <translation>&amp;Жоғары</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>Move the selected items up one row</source>
            <translation>Таңдалған тармақтарды бір жол жоғары жылжыту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="348" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Төмен</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Move the selected items down one row</source>
            <translation>Таңдалған тармақтарды бір жол төмен жылжыту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="352" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Пернелер тіркесімдері</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="354" />
            <source>&amp;About controlroom</source>
            <translation>controlroom &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="372" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="374" />
            <source>E&amp;vent</source>
            <translation>&amp;Іс-шара</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>&amp;Show</source>
            <translation>&amp;Эфир</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="376" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="377" />
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="402" />
            <source>Main toolbar</source>
            <translation>Негізгі құралдар тақтасы</translation>
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
            <translation>Құрылғылар — симуляторлар; залға ештеңе жіберілмейді.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="435" />
            <source>Commands go to the hall's real equipment.</source>
            <translation>Командалар залдың нақты жабдығына жіберіледі.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="501" />
            <source>Read-only: another controlroom (pid {0}) is editing this database. Edits are not possible here; close the other one and open this again to edit.</source>
            <translation>Тек оқу үшін: бұл дерекқорды басқа controlroom (pid {0}) өңдеп жатыр. Мұнда өзгерту мүмкін емес; өңдеу үшін басқасын жауып, мұны қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="510" />
            <source>Read-only: another controlroom (pid {0}) is editing this database.</source>
            <translation>Тек оқу үшін: бұл дерекқорды басқа controlroom (pid {0}) өңдеп жатыр.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="521" />
            <source>%n edit(s) could not be saved; the run-sheet now shows what is on the disk.</source>
            <translation>
                <numerusform>%n өзгеріс сақталмады; сценарий енді дискідегіні көрсетеді.</numerusform>
                <numerusform>%n өзгеріс сақталмады; сценарий енді дискідегіні көрсетеді.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="543" />
            <source>Not saved: {0}</source>
            <translation>Сақталмады: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="544" />
            <source>An edit could not be written to the database: {0}
Edits shown here may be missing from the disk. Reopen the event (File ▸ Open event) to see what is saved.</source>
            <translation>Өзгерісті дерекқорға жазу мүмкін болмады: {0}
Мұнда көрсетілген өзгерістер дискіде болмауы мүмкін. Не сақталғанын көру үшін іс-шараны қайта ашыңыз (Файл ▸ Іс-шараны ашу).</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="551" />
            <source>These edits could not be written to the database; the run-sheet shows what is on the disk:
{0}</source>
            <translation>Бұл өзгерістер дерекқорға жазылмады; сценарий дискіде сақталғанды көрсетеді:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="556" />
            <source>Saving…</source>
            <translation>Сақталуда…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="560" />
            <source>Saved</source>
            <translation>Сақталды</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="569" />
            <source>Edit</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="571" />
            <source>Undo: {0}</source>
            <translation>Болдырмау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="573" />
            <source>Redo: {0}</source>
            <translation>Қайталау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="586" />
            <source>No event open</source>
            <translation>Іс-шара ашылмаған</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="588" />
            <source>Open an event (Ctrl+O), create one (Ctrl+Shift+N) or import a show file.</source>
            <translation>Іс-шараны ашыңыз (Ctrl+O), жаңасын құрыңыз (Ctrl+Shift+N) немесе файлдан импорттаңыз.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="603" />
            <source>%n item</source>
            <translation>
                <numerusform>%n тармақ</numerusform>
                <numerusform>%n тармақ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="603" />
            <source>%n items</source>
            <translation>
                <numerusform>%n тармақ</numerusform>
                <numerusform>%n тармақ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="606" />
            <source>planned end {0}</source>
            <translation>жоспарлы аяқталуы {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="608" />
            <source>total {0}</source>
            <translation>барлығы {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="612" />
            <source>⚠ %n overlap</source>
            <translation>
                <numerusform>⚠ %n қабаттасу</numerusform>
                <numerusform>⚠ %n қабаттасу</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="614" />
            <source>⚠ %n overlaps</source>
            <translation>
                <numerusform>⚠ %n қабаттасу</numerusform>
                <numerusform>⚠ %n қабаттасу</numerusform>
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
            <translation>&amp;Болдырмау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="642" />
            <source>&amp;Redo {0}</source>
            <translation>&amp;Қайталау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="652" />
            <source>Change title</source>
            <translation>Атауын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="653" />
            <source>Change speaker</source>
            <translation>Сөйлеушіні өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Change speaker role</source>
            <translation>Сөйлеушінің лауазымын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="655" />
            <source>Change kind</source>
            <translation>Түрін өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="656" />
            <source>Change duration</source>
            <translation>Ұзақтығын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="657" />
            <source>Change hard start</source>
            <translation>Қатаң басталуын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="658" />
            <source>Change notes</source>
            <translation>Ескертпелерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="659" />
            <source>Change warning time</source>
            <translation>Ескерту уақытын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Change danger time</source>
            <translation>Қауіп уақытын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>Change colour</source>
            <translation>Түсін өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="662" />
            <source>Change cues</source>
            <translation>Командаларды өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="666" />
            <source>Insert item</source>
            <translation>Тармақ қосу</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="666" />
            <source>Insert %n items</source>
            <translation>
                <numerusform>%n тармақ қосу</numerusform>
                <numerusform>%n тармақ қосу</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="668" />
            <source>Delete item</source>
            <translation>Тармақты жою</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="668" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>%n тармақты жою</numerusform>
                <numerusform>%n тармақты жою</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="670" />
            <source>Move item</source>
            <translation>Тармақты жылжыту</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="670" />
            <source>Move %n items</source>
            <translation>
                <numerusform>%n тармақты жылжыту</numerusform>
                <numerusform>%n тармақты жылжыту</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="672" />
            <source>Duplicate item</source>
            <translation>Тармақты көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="674" />
            <source>Edit event</source>
            <translation>Іс-шараны өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="717" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Эфир кезінде сценарий құлыпталған.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="730" />
            <source>New item</source>
            <translation>Жаңа тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="784" />
            <source>Row {0}: {1} — kept the previous value.</source>
            <translation>{0}-жол: {1} — бұрынғы мән қалдырылды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="851" />
            <source>Could not open the event</source>
            <translation>Іс-шараны ашу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="898" />
            <source>Could not create the event</source>
            <translation>Іс-шараны құру мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="935" />
            <source>Could not duplicate the event</source>
            <translation>Іс-шараны көшіру мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="956" />
            <source>event {0}</source>
            <translation>іс-шара {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="959" />
            <source>Delete event</source>
            <translation>Іс-шараны жою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="960" />
            <source>Delete “{0}” and its whole run-sheet? This cannot be undone.</source>
            <translation>«{0}» іс-шарасын бүкіл сценарийімен жою керек пе? Мұны болдырмау мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="964" />
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="990" />
            <source>Event deleted.</source>
            <translation>Іс-шара жойылды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="996" />
            <source>Could not delete the event</source>
            <translation>Іс-шараны жою мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1006" />
            <source>Import show file</source>
            <translation>Файлдан импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1008" />
            <source>Show files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
            <translation>Іс-шара файлдары (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1032" />
            <source>Could not import {0}</source>
            <translation>{0} импорттау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>Importing {0}…</source>
            <translation>{0} импортталуда…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1039" />
            <source>Imported {0}.</source>
            <translation>{0} импортталды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1053" />
            <source>Import {0}</source>
            <translation>{0} импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1068" />
            <source>JSON show file (*.json)</source>
            <translation>JSON іс-шара файлы (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1069" />
            <source>CSV items (*.csv)</source>
            <translation>CSV тармақтары (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1073" />
            <source>Export show file</source>
            <translation>Файлға экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1097" />
            <source>Exported to {0}.</source>
            <translation>Экспортталды: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1099" />
            <source>Could not export to {0}</source>
            <translation>{0} ішіне экспорттау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1115" />
            <source>About controlroom</source>
            <translation>controlroom туралы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1116" />
            <source>controlroom: the run-sheet, show control, hall equipment and presenter timer of a press hall.</source>
            <translation>controlroom: баспасөз залының сценарийі, эфирді басқару, зал жабдығы және сөйлеуші таймері.</translation>
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
            <translation>ӨШІК</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="100" />
            <source>Open or close channel {0}</source>
            <translation>{0}-арнаны қосу не өшіру</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="111" />
            <source>Gain of channel {0}</source>
            <translation>{0}-арнаның күшейтуі</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="127" />
            <source>?</source>
            <translation>?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="133" />
            <source>LIVE</source>
            <translation>ҚОСУЛЫ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="153" />
            <source>Microphones</source>
            <translation>Микрофондар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="168" />
            <source>Mute all</source>
            <translation>Барлығын өшіру</translation>
        </message>
    </context>
    <context>
        <name>OnGo</name>
        <message>
            <location filename="../../ui/inspector.py" line="51" />
            <source>program</source>
            <translation>бағдарлама</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="52" />
            <source>preview</source>
            <translation>алдын ала қарау</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="53" />
            <source>power</source>
            <translation>қуат</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="54" />
            <source>source</source>
            <translation>кіріс</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="55" />
            <source>blank</source>
            <comment>what: the projector's picture muting</comment>
            <translation>перде</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="56" />
            <source>device</source>
            <translation>құрылғы</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="59" />
            <source>unknown</source>
            <translation>белгісіз</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="60" />
            <source>live</source>
            <comment>microphone open</comment>
            <translation>қосулы</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="61" />
            <source>muted</source>
            <translation>өшік</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="62" />
            <source>on</source>
            <translation>қосулы</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="63" />
            <source>off</source>
            <translation>өшірулі</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="64" />
            <source>blank</source>
            <comment>value: picture muted</comment>
            <translation>перде жабық</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="65" />
            <source>showing</source>
            <translation>көрсетілуде</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="66" />
            <source>standby</source>
            <translation>күту</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="67" />
            <source>warming up</source>
            <translation>қызуда</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="68" />
            <source>cooling down</source>
            <translation>сууда</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="69" />
            <source>standby network on</source>
            <translation>күту (желі қосулы)</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="70" />
            <source>abnormal standby</source>
            <translation>ақаулы күту</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="71" />
            <source>av standby</source>
            <translation>A/V күту</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="72" />
            <source>not in the hall</source>
            <translation>залда жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="73" />
            <source>switcher</source>
            <translation>видеомикшер</translation>
        </message>
        <message>
            <location filename="../../ui/inspector.py" line="74" />
            <source>microphones</source>
            <translation>микрофондар</translation>
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
            <translation>{0} күшейтуі</translation>
        </message>
    </context>
    <context>
        <name>OpenEventDialog</name>
        <message>
            <location filename="../../ui/event_dialogs.py" line="203" />
            <source>Open event</source>
            <translation>Іс-шараны ашу</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="209" />
            <source>Items</source>
            <translation>Тармақтар</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="213" />
            <source>Loading events…</source>
            <translation>Іс-шаралар жүктелуде…</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="217" />
            <source>Open</source>
            <translation>Ашу</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="219" />
            <source>Delete…</source>
            <translation>Жою…</translation>
        </message>
        <message>
            <location filename="../../ui/event_dialogs.py" line="261" />
            <source>No events yet.</source>
            <translation>Әзірге іс-шара жоқ.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/event_dialogs.py" line="263" />
            <source>%n event</source>
            <translation>
                <numerusform>%n іс-шара</numerusform>
                <numerusform>%n іс-шара</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/event_dialogs.py" line="265" />
            <source>%n events</source>
            <translation>
                <numerusform>%n іс-шара</numerusform>
                <numerusform>%n іс-шара</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PresenterMenu</name>
        <message>
            <location filename="../../ui/presenter_feature.py" line="39" />
            <source>Presenter</source>
            <translation>Сөйлеуші</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="42" />
            <source>Show presenter screen</source>
            <translation>Сөйлеуші экранын көрсету</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="72" />
            <source>Presenter screen goes to</source>
            <translation>Сөйлеуші экраны шығатын орын</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="74" />
            <source>Automatic (first screen that is not the operator's)</source>
            <translation>Автоматты (оператордікі емес бірінші экран)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="86" />
            <source>operator's screen, as a window</source>
            <translation>оператор экраны, терезеде</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="96" />
            <source>%1 (not connected)</source>
            <translation>%1 (қосылмаған)</translation>
        </message>
        <message>
            <location filename="../../ui/presenter_feature.py" line="148" />
            <source>Presenter timer</source>
            <translation>Сөйлеуші таймері</translation>
        </message>
    </context>
    <context>
        <name>PresenterMirror</name>
        <message>
            <location filename="../../ui/timer_strip.py" line="44" />
            <source>What the speaker sees on the presenter screen</source>
            <translation>Сөйлеуші өз экранында не көреді</translation>
        </message>
    </context>
    <context>
        <name>PresenterScreen</name>
        <message>
            <location filename="../../ui/presenter.py" line="244" />
            <source>BLACKOUT</source>
            <translation>ҚАРАҢҒЫЛАУ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="280" />
            <source>MIC LIVE</source>
            <translation>МИКРОФОН ҚОСУЛЫ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="281" />
            <source>ON AIR</source>
            <translation>ЭФИРДЕ</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="282" />
            <source>REC</source>
            <translation>ЖАЗБА</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="336" />
            <source>PAUSED</source>
            <translation>КІДІРІС</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="360" />
            <source>Next: %1</source>
            <translation>Келесі: %1</translation>
        </message>
        <message>
            <location filename="../../ui/presenter.py" line="374" />
            <source>STALE — display not updating</source>
            <translation>ЕСКІРГЕН — экран жаңармайды</translation>
        </message>
    </context>
    <context>
        <name>PresenterWindow</name>
        <message>
            <location filename="../../ui/presenter.py" line="410" />
            <source>Presenter screen</source>
            <translation>Сөйлеуші экраны</translation>
        </message>
    </context>
    <context>
        <name>ProjectorPanel</name>
        <message>
            <location filename="../../ui/panels/projector.py" line="39" />
            <source>Standby (off)</source>
            <translation>Күту (өшірулі)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="40" />
            <location filename="../../ui/panels/projector.py" line="68" />
            <source>On</source>
            <translation>Қосулы</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="41" />
            <source>Warming up</source>
            <translation>Қызуда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="42" />
            <source>Cooling down</source>
            <translation>Сууда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="43" />
            <source>Standby (network on)</source>
            <translation>Күту (желі қосулы)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="44" />
            <source>Abnormal standby</source>
            <translation>Ақаулы күту</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="45" />
            <source>A/V standby</source>
            <translation>A/V күту</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="46" />
            <source>Unknown</source>
            <translation>Белгісіз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="57" />
            <source>Projector</source>
            <translation>Проектор</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="63" />
            <source>Power</source>
            <translation>Қуат</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="71" />
            <source>Off</source>
            <translation>Өшірулі</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="87" />
            <source>Source</source>
            <translation>Кіріс</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="97" />
            <location filename="../../ui/panels/projector.py" line="142" />
            <source>Blank</source>
            <translation>Перде</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="100" />
            <source>Blank the picture (A/V mute)</source>
            <translation>Суретті пердемен жабу (A/V mute)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="103" />
            <source>Lamp</source>
            <translation>Шам</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="122" />
            <source>{0} (last known)</source>
            <translation>{0} (соңғы белгілі)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="128" />
            <source>warming up %p%</source>
            <translation>қызуда %p%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="130" />
            <source>cooling down %p%</source>
            <translation>сууда %p%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="136" />
            <source>Held until the projector is ready: {0}</source>
            <translation>Проектор дайын болғанша күтуде: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="142" />
            <source>Blanked</source>
            <translation>Перде жабық</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="145" />
            <source>{0} hours</source>
            <translation>{0} сағ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="151" />
            <source>Error {0}: {1}</source>
            <translation>Қате {0}: {1}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="151" />
            <source>unknown</source>
            <translation>белгісіз</translation>
        </message>
    </context>
    <context>
        <name>RehearsalPanel</name>
        <message>
            <location filename="../../ui/panels/microphones.py" line="280" />
            <source>channel </source>
            <translation>арна </translation>
        </message>
        <message>
            <location filename="../../ui/panels/microphones.py" line="281" />
            <source>Battery dead</source>
            <translation>Батарея отырды</translation>
        </message>
        <message>
            <location filename="../../ui/panels/projector.py" line="224" />
            <source>Lamp failure</source>
            <translation>Шам ақауы</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="74" />
            <source>Faults act on the simulators only. Restore clears them.</source>
            <translation>Ақаулар тек симуляторларға әсер етеді. «Қалпына келтіру» оларды алып тастайды.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="76" />
            <source>Waiting for the devices…</source>
            <translation>Құрылғылар күтілуде…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="78" />
            <source>LIVE: fault injection is only available in rehearsal.</source>
            <translation>ЭФИР: ақауларды тек репетицияда тудыруға болады.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="92" />
            <source>Silent</source>
            <translation>Үнсіз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="93" />
            <source>Garbage</source>
            <translation>Қоқыс</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="94" />
            <source>Slow replies</source>
            <translation>Баяу жауаптар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="95" />
            <source>Partial frames</source>
            <translation>Толық емес кадрлар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="97" />
            <source>Drop link</source>
            <translation>Байланысты үзу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="99" />
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <location filename="../../ui/remote_control.py" line="271" />
            <source>Remote control server</source>
            <translation>Қашықтан басқару сервері</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="275" />
            <source>This computer only ({0})</source>
            <translation>Тек осы компьютер ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="277" />
            <source>LAN: {0}</source>
            <translation>Жергілікті желі: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="287" />
            <source>New tokens</source>
            <translation>Жаңа токендер</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="288" />
            <location filename="../../ui/remote_control.py" line="440" />
            <source>Off: nothing listens.</source>
            <translation>Өшірулі: ештеңе тыңдамайды.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="293" />
            <source>Cut off remote control</source>
            <translation>Қашықтан басқаруды ажырату</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="300" />
            <source>Message to the moderator's view</source>
            <translation>Модератор экранына хабар</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="301" />
            <source>Send</source>
            <translation>Жіберу</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="305" />
            <source>Listen on</source>
            <translation>Тыңдау мекенжайы</translation>
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
            <translation>Порттар</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="312" />
            <source>Control token</source>
            <translation>Басқару токені</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="313" />
            <source>View token</source>
            <translation>Көру токені</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="336" />
            <source>any</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="387" />
            <source>Starting…</source>
            <translation>Іске қосылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="416" />
            <source>Stopping…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="447" />
            <source>Could not start: {0}</source>
            <translation>Іске қосылмады: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="461" />
            <source>Listening on {0}</source>
            <translation>{0} мекенжайында тыңдайды</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="462" />
            <source>Presenter timer</source>
            <translation>Баяндамашы таймері</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="462" />
            <source>Moderator</source>
            <translation>Модератор</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="463" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="466" />
            <source>API: {0}</source>
            <translation>API: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="468" />
            <source>OSC: UDP port {0}</source>
            <translation>OSC: UDP порты {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="470" />
            <source>Commands need the control token.</source>
            <translation>Командаларға басқару токені керек.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="472" />
            <source>Only this computer can connect; no token needed.</source>
            <translation>Тек осы компьютер қосыла алады; токен керек емес.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <location filename="../../ui/report_pdf.py" line="97" />
            <source>Scheduled start</source>
            <translation>Жоспарлы басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="100" />
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="107" />
            <source>Planned end</source>
            <translation>Жоспарлы аяқталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="108" />
            <location filename="../../ui/report_pdf.py" line="131" />
            <source>Actual start</source>
            <translation>Нақты басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="109" />
            <location filename="../../ui/report_pdf.py" line="132" />
            <source>Actual end</source>
            <translation>Нақты аяқталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="112" />
            <source>Finished</source>
            <translation>Қорытынды</translation>
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
            <translation>бұрынғы жүргізу</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="116" />
            <source>Run</source>
            <translation>Жүргізу</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="120" />
            <source>Items run</source>
            <translation>Өткен тармақтар</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="121" />
            <source>Report made</source>
            <translation>Есеп жасалды</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="124" />
            <source>Planned and actual</source>
            <translation>Жоспар мен нақты</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="126" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="127" />
            <source>Item</source>
            <translation>Тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="128" />
            <source>Speaker</source>
            <translation>Сөйлеуші</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="129" />
            <source>Planned start</source>
            <translation>Жоспарлы басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="130" />
            <source>Planned</source>
            <translation>Жоспар</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="133" />
            <source>Ran</source>
            <translation>Созылды</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="134" />
            <source>Late by</source>
            <translation>Кешігу</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="135" />
            <source>Over by</source>
            <translation>Асып кету</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="172" />
            <source>Outages</source>
            <translation>Үзілістер</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Device</source>
            <translation>Құрылғы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Outage</source>
            <translation>Үзіліс</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Lasted</source>
            <translation>Ұзақтығы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="179" />
            <source>not over</source>
            <translation>аяқталмаған</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="183" />
            <source>Event log</source>
            <translation>Оқиғалар журналы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Time</source>
            <translation>Уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Severity</source>
            <translation>Деңгей</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="187" />
            <source>Message</source>
            <translation>Хабар</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="194" />
            <source>The log of this event is empty.</source>
            <translation>Бұл іс-шараның журналы бос.</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="274" />
            <source>%1 — page %2 of %3</source>
            <translation>%1 — %2-бет, барлығы %3</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="307" />
            <source>Report: %1</source>
            <translation>Есеп: %1</translation>
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
            <translation>СС:ММ (бос — алдыңғысынан кейін)</translation>
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
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="100" />
            <source>Duration</source>
            <translation>Ұзақт.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="101" />
            <source>End</source>
            <translation>Соңы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="102" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="103" />
            <source>Speaker</source>
            <translation>Сөйлеуші</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="104" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="105" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="144" />
            <source>“{0}” is not a time of day (use HH:MM or HH:MM:SS)</source>
            <translation>«{0}» — тәулік уақыты емес (СС:ММ немесе СС:ММ:СС жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="541" />
            <source>Overlaps the previous item by {0}</source>
            <translation>Алдыңғы тармақпен {0} қабаттасады</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="547" />
            <source>Gap of {0} before this item</source>
            <translation>Бұл тармақтың алдында {0} бос уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="553" />
            <source>Hard start at {0}</source>
            <translation>Қатаң басталуы: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="558" />
            <source>Type a time (HH:MM) to fix a hard start; clear it to follow on.</source>
            <translation>Қатаң басталуды белгілеу үшін уақытты (СС:ММ) жазыңыз; алдыңғысынан кейін жүру үшін тазалаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="565" />
            <source>Duration, e.g. 5:00, 90s, 45m or 1:30:00</source>
            <translation>Ұзақтығы, мысалы 5:00, 90s, 45m немесе 1:30:00</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="722" />
            <source>Read-only: another controlroom is editing this database; edits are not possible here.</source>
            <translation>Тек оқу үшін: бұл дерекқорды басқа controlroom өңдеп жатыр; мұнда өзгерту мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="727" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Эфир кезінде сценарий құлыпталған.</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>Space</source>
            <translation>Бос орын</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="32" />
            <source>GO — start the item in standby (not while typing in a text field)</source>
            <translation>БАСТАУ — кезектегі тармақты бастау (мәтін терген кезде емес)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Up / Down</source>
            <translation>Жоғары / Төмен</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="33" />
            <source>Move standby up / down (when neither the run-sheet table nor a text field has the focus; there they move the cursor)</source>
            <translation>Кезекті жоғары / төмен жылжыту (фокус сценарий кестесінде не мәтін өрісінде болмаса; онда олар курсорды жылжытады)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Alt+Up / Alt+Down</source>
            <translation>Alt+Up / Alt+Down</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="35" />
            <source>Move standby up / down, wherever the focus is</source>
            <translation>Кезекті жоғары / төмен жылжыту, фокус қайда болса да</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="36" />
            <source>F12</source>
            <translation>F12</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="36" />
            <source>PANIC — mute every microphone (works in every window)</source>
            <translation>ТӨТЕНШЕ — барлық микрофонды өшіру (кез келген терезеде)</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="60" />
            <source>Keyboard shortcuts</source>
            <translation>Пернелер тіркесімдері</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="63" />
            <source>Keys</source>
            <translation>Пернелер</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="63" />
            <source>Does</source>
            <translation>Әрекет</translation>
        </message>
        <message>
            <location filename="../../ui/shortcuts_dialog.py" line="82" />
            <source>The show keys are also listed in docs/show-console.md.</source>
            <translation>Эфир пернелері docs/show-console.md ішінде де берілген.</translation>
        </message>
    </context>
    <context>
        <name>ShowBar</name>
        <message>
            <location filename="../../ui/show_bar.py" line="55" />
            <location filename="../../ui/show_bar.py" line="105" />
            <source>on time</source>
            <translation>уақытында</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="57" />
            <source>{0} behind</source>
            <translation>{0} кешігу</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="58" />
            <source>{0} ahead</source>
            <translation>{0} озу</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="76" />
            <source>GO</source>
            <translation>БАСТАУ</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="79" />
            <source>Start the item in standby (Space)</source>
            <translation>Кезектегі тармақты бастау (Бос орын)</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="112" />
            <location filename="../../ui/show_bar.py" line="172" />
            <source>Edit mode</source>
            <translation>Түзету</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="116" />
            <source>Show mode locks the run-sheet; edit mode unlocks it</source>
            <translation>Эфир режимі сценарийді құлыптайды, түзету режимі құлыпты ашады</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="118" />
            <source>Readiness check</source>
            <translation>Дайындықты тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="122" />
            <source>PANIC
mute all</source>
            <translation>ТӨТЕНШЕ
бәрін өшіру</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="125" />
            <source>Mute every microphone now (F12)</source>
            <translation>Барлық микрофонды дереу өшіру (F12)</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="172" />
            <source>SHOW MODE</source>
            <translation>ЭФИР РЕЖИМІ</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="182" />
            <source>SWITCHING…</source>
            <translation>АУЫСУДА…</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="188" />
            <source>REHEARSAL</source>
            <translation>РЕПЕТИЦИЯ</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="189" />
            <source>Devices are the simulators; nothing reaches the hall.</source>
            <translation>Құрылғылар — симуляторлар; залға ештеңе жіберілмейді.</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="190" />
            <source>Switch to LIVE…</source>
            <translation>ЭФИРГЕ ауысу…</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="192" />
            <source>LIVE</source>
            <translation>ЭФИР</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="193" />
            <source>Commands go to the hall's real equipment.</source>
            <translation>Командалар залдың нақты жабдығына жіберіледі.</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="194" />
            <source>Switch to rehearsal…</source>
            <translation>Репетицияға ауысу…</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="200" />
            <source>LIVE ▸ {0}</source>
            <translation>ЭФИР ▸ {0}</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="202" />
            <source>STANDBY ▸ {0}</source>
            <translation>КЕЗЕКТЕ ▸ {0}</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="202" />
            <source>end of the run-sheet</source>
            <translation>сценарий соңы</translation>
        </message>
        <message>
            <location filename="../../ui/show_bar.py" line="213" />
            <source>ends ≈ {0}</source>
            <translation>аяқталуы ≈ {0}</translation>
        </message>
    </context>
    <context>
        <name>StreamingPanel</name>
        <message>
            <location filename="../../ui/panels/streaming.py" line="61" />
            <source>The stream stopped by itself</source>
            <translation>Трансляция өздігінен тоқтады</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="62" />
            <source>The stream is reconnecting (not on air)</source>
            <translation>Трансляция қайта қосылуда (эфирде емес)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="63" />
            <source>The stream is congested</source>
            <translation>Трансляция арнасы шамадан тыс жүктелген</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="64" />
            <source>The encoder is skipping frames</source>
            <translation>Кодтағыш кадрларды өткізіп жіберуде</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="65" />
            <source>The recording stopped by itself</source>
            <translation>Жазба өздігінен тоқтады</translation>
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
            <translation>ЭФИРДЕ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="91" />
            <location filename="../../ui/panels/streaming.py" line="145" />
            <source>REC</source>
            <translation>ЖАЗБА</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="124" />
            <source>ON AIR ?</source>
            <translation>ЭФИРДЕ ?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="125" />
            <source>REC ?</source>
            <translation>ЖАЗБА ?</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="126" />
            <source>OBS is not connected: stream and recording unknown</source>
            <translation>OBS қосылмаған: трансляция мен жазба күйі белгісіз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="133" />
            <source>Streaming</source>
            <translation>Трансляция жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="137" />
            <source>RECONNECTING</source>
            <translation>ҚАЙТА ҚОСЫЛУДА</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="137" />
            <source>STARTING</source>
            <translation>ІСКЕ ҚОСЫЛУДА</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="139" />
            <source>The stream is not reaching the server</source>
            <translation>Трансляция серверге жетпей жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="142" />
            <source>OFF AIR</source>
            <translation>ЭФИРДЕ ЕМЕС</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="143" />
            <source>Not streaming</source>
            <translation>Трансляция жүріп жатқан жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="145" />
            <source>NOT REC</source>
            <translation>ЖАЗБА ЖОҚ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="147" />
            <source>Recording to {0}</source>
            <translation>Жазба орны: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="149" />
            <source>Not recording</source>
            <translation>Жазба жүріп жатқан жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="159" />
            <source>Streaming (OBS)</source>
            <translation>Трансляция (OBS)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="166" />
            <source>Scene</source>
            <translation>Сахна</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="169" />
            <source>Put this scene on program in OBS</source>
            <translation>Бұл сахнаны OBS бағдарламасына шығару</translation>
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
            <translation>Бастау</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="183" />
            <source>Start streaming</source>
            <translation>Трансляцияны бастау</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="185" />
            <location filename="../../ui/panels/streaming.py" line="202" />
            <source>Stop</source>
            <translation>Тоқтату</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="187" />
            <source>Stop streaming</source>
            <translation>Трансляцияны тоқтату</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="193" />
            <source>Recording</source>
            <translation>Жазба</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="200" />
            <source>Start recording</source>
            <translation>Жазбаны бастау</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="204" />
            <source>Stop recording</source>
            <translation>Жазбаны тоқтату</translation>
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
            <translation>тоқтатылған</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="261" />
            <source>congestion {0}%</source>
            <translation>жүктеме {0}%</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="264" />
            <source>{0} of {1} frames skipped</source>
            <translation>{1} кадрдың {0} өткізілді</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="271" />
            <source>OBS {0}</source>
            <translation>OBS {0}</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="273" />
            <source>no chapter markers (needs OBS 30.2)</source>
            <translation>тарау белгілері жоқ (OBS 30.2 қажет)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/streaming.py" line="275" />
            <source>no stream service set in OBS</source>
            <translation>OBS-те трансляция сервисі бапталмаған</translation>
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
            <translation>Бағдарлама</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="56" />
            <source>Preview</source>
            <translation>Алдын ала қарау</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="71" />
            <source>Cut input {0} ({1}) to program</source>
            <translation>{0} ({1}) кірісін бағдарламаға кесіп қосу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="73" />
            <source>Put input {0} ({1}) on preview</source>
            <translation>{0} ({1}) кірісін алдын ала қарауға қою</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="104" />
            <source>CUT</source>
            <translation>КЕСУ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="107" />
            <source>AUTO</source>
            <translation>АВТО</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="110" />
            <source>FTB</source>
            <translation>ҚАРАҢҒЫ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="112" />
            <source>Fade to black (the switcher does not confirm it)</source>
            <translation>Қараңғыға өту (микшер оны растамайды)</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="137" />
            <source>FTB sent — not confirmed by the switcher</source>
            <translation>ҚАРАҢҒЫ жіберілді — микшер растамады</translation>
        </message>
        <message>
            <location filename="../../ui/panels/switcher.py" line="145" />
            <source>The switcher reports its link to the mixer is down.</source>
            <translation>Видеомикшер микшер блогымен байланыс үзілгенін хабарлайды.</translation>
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
            <translation>Сөйлеушіден бір минут алу</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="95" />
            <source>+1 min</source>
            <translation>+1 мин</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="97" />
            <source>Give the speaker one more minute</source>
            <translation>Сөйлеушіге тағы бір минут беру</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="99" />
            <source>Reset</source>
            <translation>Қайтару</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="101" />
            <source>Back to the item's planned duration, paused</source>
            <translation>Тармақтың жоспарлы ұзақтығына қайтару, кідіртіліп</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="106" />
            <source>Message to the speaker</source>
            <translation>Сөйлеушіге хабар</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="109" />
            <source>Send</source>
            <translation>Жіберу</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="112" />
            <source>Flash</source>
            <translation>Жыпылықтату</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="114" />
            <source>Send the message and make it blink</source>
            <translation>Хабарды жіберіп, жыпылықтату</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="116" />
            <source>Clear</source>
            <translation>Тазалау</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="119" />
            <source>Blackout</source>
            <translation>Қараңғылау</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="123" />
            <source>Black the presenter screen (Ctrl+B)</source>
            <translation>Сөйлеуші экранын қараңғылау (Ctrl+B)</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="164" />
            <source>Pause</source>
            <translation>Кідірту</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="164" />
            <source>Start</source>
            <translation>Іске қосу</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="173" />
            <source>Presenter screen is not updating (STALE shown).</source>
            <translation>Сөйлеуші экраны жаңармайды («ЕСКІРГЕН» көрсетілді).</translation>
        </message>
        <message>
            <location filename="../../ui/timer_strip.py" line="184" />
            <source>The presenter screen froze for %1 s (application busy).</source>
            <translation>Сөйлеуші экраны %1 с қатып қалды (қолданба бос емес).</translation>
        </message>
    </context>
</TS>
