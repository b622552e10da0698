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
            <location filename="../../ui/app.py" line="88" />
            <source>Remote control</source>
            <translation>Қашықтан басқару</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <location filename="../../ui/app.py" line="262" />
            <source>Unexpected error</source>
            <translation>Күтпеген қате</translation>
        </message>
        <message>
            <location filename="../../ui/app.py" line="263" />
            <source>Something went wrong inside controlroom: {0}
Your edits so far are saved. Please report this with the details.</source>
            <translation>controlroom ішінде қате шықты: {0}
Осы уақытқа дейінгі өзгерістер сақталды. Бұл туралы мәліметтерімен бірге хабарлаңыз.</translation>
        </message>
    </context>
    <context>
        <name>BadDatabaseDialog</name>
        <message>
            <location filename="../../ui/database_dialog.py" line="49" />
            <source>The database cannot be opened</source>
            <translation>Дерекқорды ашу мүмкін емес</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="54" />
            <source>controlroom cannot use the database {0}:
{1}</source>
            <translation>controlroom {0} дерекқорын пайдалана алмайды:
{1}</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="65" />
            <source>Automatic backups (newest first):</source>
            <translation>Автоматты сақтық көшірмелер (алдымен жаңалары):</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="67" />
            <source>There are no backups of this database.</source>
            <translation>Бұл дерекқордың сақтық көшірмелері жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="71" />
            <source>&amp;Open another database…</source>
            <translation>Басқа дерекқорды &amp;ашу…</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="72" />
            <source>&amp;Restore the backup</source>
            <translation>Сақтық көшірмеден &amp;қалпына келтіру</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="74" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="92" />
            <source>Open a database</source>
            <translation>Дерекқорды ашу</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="94" />
            <source>controlroom databases (*.db);;All files (*)</source>
            <translation>controlroom дерекқорлары (*.db);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/database_dialog.py" line="144" />
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
            <location filename="../../ui/console/readiness.py" line="81" />
            <source>Readiness check</source>
            <translation>Дайындықты тексеру</translation>
        </message>
        <message>
            <location filename="../../ui/console/actions.py" line="99" />
            <source>Show report (CSV or PDF)…</source>
            <translation>Эфир есебі (CSV немесе PDF)…</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="282" />
            <source>The live item {0} “{1}” was edited; cues apply on its next GO.</source>
            <translation>Эфирдегі {0} «{1}» тармағы өзгертілді; командалар келесі БАСТАУ кезінде орындалады.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="302" />
            <source>GO is off: the hall file cannot be used (see above the run-sheet).</source>
            <translation>GO өшірулі: зал файлын пайдалану мүмкін емес (сценарийдің үстін қараңыз).</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="337" />
            <source>PANIC: no devices connected.</source>
            <translation>ТӨТЕНШЕ: құрылғылар қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="340" />
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
            <location filename="../../ui/console/equipment_life.py" line="98" />
            <source>The devices could not be started: {0}</source>
            <translation>Құрылғыларды іске қосу мүмкін болмады: {0}</translation>
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
            <location filename="../../ui/console/hall_files.py" line="77" />
            <source>The hall file cannot be used: {0}</source>
            <translation>Зал файлын пайдалану мүмкін емес: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="99" />
            <source>NO HALL FILE</source>
            <translation>ЗАЛ ФАЙЛЫ ЖОҚ</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="125" />
            <source>Open a hall file</source>
            <translation>Зал файлын ашу</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="125" />
            <source>Hall files (*.toml)</source>
            <translation>Зал файлдары (*.toml)</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="166" />
            <source>Hall file {0} opened.</source>
            <translation>{0} зал файлы ашылды.</translation>
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
            <translation>{0}-тармақ «{1}» эфирде.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="90" />
            <source>No item is live, but the show is not over.</source>
            <translation>Қазір эфирде тармақ жоқ, бірақ эфир аяқталған жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="94" />
            <source>The show is running</source>
            <translation>Эфир жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="95" />
            <source>The show is running ({0}). {1}</source>
            <translation>Эфир жүріп жатыр ({0}). {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="97" />
            <source>Quitting ends the show: the actual times stop here and the devices are let go (they keep their last state). Keep the show running unless it is over.</source>
            <translation>Шығу эфирді аяқтайды: нақты уақыт осы жерде тоқтайды, құрылғылар ажыратылады (олар соңғы күйін сақтайды). Эфир аяқталмаса, оны жалғастырыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="102" />
            <source>Keep the show running</source>
            <translation>Эфирді жалғастыру</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="103" />
            <source>End the show and quit</source>
            <translation>Эфирді аяқтап, шығу</translation>
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
            <translation>бұрынғы өткізу</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="177" />
            <source>Actual times: none yet (the first GO starts a run)</source>
            <translation>Нақты уақыт: әзірге жоқ (алғашқы GO өткізуді бастайды)</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="180" />
            <source>{0} #{1}</source>
            <translation>{0} №{1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="183" />
            <source>Actual times: {0}, started {1} — running now</source>
            <translation>Нақты уақыт: {0}, басталуы {1} — қазір жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="185" />
            <source>Actual times: {0}, started {1} — did not end</source>
            <translation>Нақты уақыт: {0}, басталуы {1} — аяқталмаған</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="186" />
            <source>Actual times: {0}, started {1}</source>
            <translation>Нақты уақыт: {0}, басталуы {1}</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="214" />
            <source>Actual times: reading…</source>
            <translation>Нақты уақыт: оқылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="232" />
            <source>Actual times: could not be read ({0})</source>
            <translation>Нақты уақыт: оқу мүмкін болмады ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="295" />
            <source>The show stopped unexpectedly</source>
            <translation>Эфир күтпеген жерден тоқтады</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="297" />
            <source>The show of “{0}” stopped unexpectedly at {1} during item {2} “{3}”. Resume where it was?</source>
            <translation>«{0}» эфирі {1} кезінде, {2}-тармақ «{3}» жүріп тұрғанда күтпеген жерден тоқтады. Сол жерден жалғастыру керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="302" />
            <source>The show of “{0}” stopped unexpectedly at {1}, between items. Resume where it was?</source>
            <translation>«{0}» эфирі {1} кезінде, тармақтар арасында күтпеген жерден тоқтады. Сол жерден жалғастыру керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="308" />
            <source>Resume: show mode, the live item, standby and the actual times come back as they were ({0} started {1}). Nothing is sent to the hall until you ask.
Start fresh: that run is closed as it stood; the next GO starts a new run.</source>
            <translation>Жалғастыру: эфир режимі, эфирдегі тармақ, күтудегі тармақ және нақты уақыт бұрынғыдай қалпына келеді ({0}, басталуы {1}). Сіз сұрамайынша залға ештеңе жіберілмейді.
Жаңадан бастау: ол өткізу сол күйінде жабылады; келесі GO жаңа өткізуді бастайды.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="314" />
            <source>Resume the show</source>
            <translation>Эфирді жалғастыру</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="315" />
            <source>Start fresh</source>
            <translation>Жаңадан бастау</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="387" />
            <source>Re-send the hall state?</source>
            <translation>Зал күйін қайта жіберу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="389" />
            <source>Item {0} “{1}” is live again. The hall may have changed while the app was down.</source>
            <translation>{0}-тармақ «{1}» қайтадан эфирде. Бағдарлама жұмыс істемеген кезде зал күйі өзгеруі мүмкін.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="393" />
            <source>Re-sending sets the switcher, projector and microphones to this item's cues again. Check the hall first if someone changed it by hand.</source>
            <translation>Қайта жіберу микшерді, проекторды және микрофондарды осы тармақтың белгілеріне қайта қояды. Біреу залды қолмен өзгерткен болса, алдымен тексеріңіз.</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="397" />
            <source>Re-send the hall state of the live item</source>
            <translation>Эфирдегі тармақтың зал күйін қайта жіберу</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="399" />
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
            <location filename="../../ui/console/panel_commands.py" line="63" />
            <source>{0}: the devices are not connected.</source>
            <translation>{0}: құрылғылар қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="96" />
            <source>Open a microphone</source>
            <translation>Микрофонды қосу</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="99" />
            <source>The live item does not plan channel {0} {1} to be open. Open it anyway?</source>
            <translation>Эфирдегі тармақ {0} {1} арнасын қосуды жоспарламаған. Бәрібір қосу керек пе?</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="102" />
            <source>Do not ask again</source>
            <translation>Қайта сұрамау</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="103" />
            <source>Open channel</source>
            <translation>Арнаны қосу</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="63" />
            <source>Readiness check: the devices are not connected yet.</source>
            <translation>Дайындықты тексеру: құрылғылар әлі қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="70" />
            <source>Checking…</source>
            <translation>Тексерілуде…</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="84" />
            <source>Readiness check failed</source>
            <translation>Дайындықты тексеру сәтсіз аяқталды</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="151" />
            <source>Readiness: GO</source>
            <translation>Дайындық: ДАЙЫН</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="151" />
            <source>Readiness: NO-GO</source>
            <translation>Дайындық: ДАЙЫН ЕМЕС</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="152" />
            <source>GO</source>
            <translation>БАСТАУ</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="152" />
            <source>NO-GO</source>
            <translation>ДАЙЫН ЕМЕС</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Device</source>
            <translation>Құрылғы</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="164" />
            <source>Reason</source>
            <translation>Себебі</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>Problems: {0}</source>
            <translation>Мәселелер: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="170" />
            <source>No problems.</source>
            <translation>Мәселе жоқ.</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="172" />
            <source>Where</source>
            <translation>Қай жерде</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="172" />
            <source>Problem</source>
            <translation>Мәселе</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="179" />
            <source>Close</source>
            <translation>Жабу</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="195" />
            <source>ok</source>
            <translation>жақсы</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="197" />
            <source>not ready</source>
            <translation>дайын емес</translation>
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
            <translation>Іс-шара: {0} ({1} тармақ)</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="208" />
            <source>Standby: item {0}</source>
            <translation>Кезекте: {0}-тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="209" />
            <source>Standby: nothing</source>
            <translation>Кезекте: ештеңе жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="64" />
            <source>#{0}  {1}  {2} from {3}, not ended  ({4} items run)</source>
            <translation>№{0}  {1}  {2} {3} бастап, аяқталмаған  (өткен тармақтар: {4})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="67" />
            <source>#{0}  {1}  {2} {3}–{4}  ({5} items run)</source>
            <translation>№{0}  {1}  {2} {3}–{4}  (өткен тармақтар: {5})</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="78" />
            <source>Show report: which run?</source>
            <translation>Эфир есебі: қай өткізу?</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="81" />
            <source>The report is of one run of the show (a rehearsal or the live show).</source>
            <translation>Есеп бір өткізу бойынша жасалады (репетиция немесе эфир).</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="145" />
            <source>Could not read the runs</source>
            <translation>Өткізулерді оқу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="162" />
            <source>Show report</source>
            <translation>Эфир есебі</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="164" />
            <source>PDF (*.pdf);;CSV (*.csv)</source>
            <translation>PDF (*.pdf);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="206" />
            <source>Could not write the report</source>
            <translation>Есепті жазу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/console/report_export.py" line="209" />
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
            <location filename="../../ui/remote_control.py" line="215" />
            <source>PANIC (remote): every microphone muted.</source>
            <translation>ДАБЫЛ (қашықтан): барлық микрофон өшірілді.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="217" />
            <source>PANIC (remote): no devices connected.</source>
            <translation>ДАБЫЛ (қашықтан): құрылғылар қосылмаған.</translation>
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
                <numerusform>Іс-шара: {title} (%n тармақ)</numerusform>
                <numerusform>Іс-шара: {title} (%n тармақ)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="88" />
            <source>Standby: item {number}</source>
            <translation>Кезекте: {number}-тармақ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="90" />
            <source>Standby: nothing</source>
            <translation>Кезекте: ештеңе жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="93" />
            <location filename="../../controlroom/equipment.py" line="687" />
            <location filename="../../devices/base.py" line="42" />
            <source>ok</source>
            <translation>қалыпты</translation>
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
            <translation>ДАЙЫН</translation>
        </message>
        <message numerus="yes">
            <location filename="../../controlroom/check.py" line="106" />
            <source>NO-GO: %n problem(s)</source>
            <translation>
                <numerusform>ДАЙЫН ЕМЕС: %n мәселе</numerusform>
                <numerusform>ДАЙЫН ЕМЕС: %n мәселе</numerusform>
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
            <translation>ҚОСЫЛУДА</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="117" />
            <source>OFFLINE</source>
            <translation>БАЙЛАНЫС ЖОҚ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="118" />
            <source>FAILED</source>
            <translation>АҚАУ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="119" />
            <source>BAD CONFIG</source>
            <translation>БАПТАУ ҚАТЕ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="132" />
            <source>device '{device_id}' is a {kind}, not a {name}</source>
            <translation>«{device_id}» құрылғысы — {kind}, {name} емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="140" />
            <source>no device '{device_id}' in hall '{name}'</source>
            <translation>«{name}» залында «{device_id}» құрылғысы жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="148" />
            <source>item {number} '{title}' cues</source>
            <translation>{number}-тармақ «{title}» командалары</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="191" />
            <source>did not answer a status request</source>
            <translation>күй сұрауына жауап бермеді</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="193" />
            <source>status request failed: {error}</source>
            <translation>күй сұрауы сәтсіз: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="200" />
            <location filename="../../devices/pjlink/driver.py" line="448" />
            <source>not connected</source>
            <translation>қосылмаған</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="203" />
            <source>{reason} (last heard {seconds:.0f} s ago)</source>
            <translation>{reason} (соңғы жауап {seconds:.0f} с бұрын)</translation>
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
            <translation>іс-шарада тармақ жоқ: GO ештеңені бастамайды</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="239" />
            <source>nothing is in standby: GO would start nothing</source>
            <translation>кезекте ештеңе жоқ: GO ештеңені бастамайды</translation>
        </message>
        <message>
            <location filename="../../controlroom/check.py" line="240" />
            <source>standby</source>
            <translation>күту</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="52" />
            <source>an item has at most one {kind} cue</source>
            <translation>тармақта {kind} командасы біреуден көп болмайды</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="101" />
            <location filename="../../controlroom/showfile.py" line="277" />
            <location filename="../../devices/cue_json.py" line="20" />
            <location filename="../../devices/pjlink/kind.py" line="234" />
            <source>must be an object</source>
            <translation>объект болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="104" />
            <location filename="../../devices/cue_json.py" line="28" />
            <source>unknown field</source>
            <translation>белгісіз өріс</translation>
        </message>
        <message>
            <location filename="../../controlroom/cues.py" line="111" />
            <location filename="../../controlroom/showfile.py" line="266" />
            <source>must be a list</source>
            <translation>тізім болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="34" />
            <source>expected text, got {kind}</source>
            <translation>мәтін күтілді, келгені: {kind}</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="37" />
            <source>empty duration</source>
            <translation>ұзақтық бос</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="39" />
            <source>{text!r}: a duration cannot be negative</source>
            <translation>{text!r}: ұзақтық теріс болмайды</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="43" />
            <source>{text!r} is not a duration (use e.g. 5:00, 1:30:00, 90s, 45m or 300)</source>
            <translation>{text!r} ұзақтық емес (мысалы, 5:00, 1:30:00, 90s, 45m не 300 деп жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../controlroom/durations.py" line="49" />
            <source>{text!r} is longer than 24 hours</source>
            <translation>{text!r} 24 сағаттан ұзақ</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="418" />
            <source>second GO within the {ms:.0f} ms lockout</source>
            <translation>қайта БАСТАУ {ms:.0f} мс бұғаттау ішінде</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="422" />
            <source>nothing in standby (end of the run-sheet)</source>
            <translation>кезекте ештеңе жоқ (сценарий соңы)</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="430" />
            <source>GO ignored: {reason}</source>
            <translation>БАСТАУ орындалмады: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="451" />
            <source>GO: item {number} '{title}'</source>
            <translation>БАСТАУ: {number}-тармақ «{title}»</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="455" />
            <source>item {number} '{title}' started</source>
            <translation>{number}-тармақ «{title}» басталды</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="503" />
            <source>standby moved by {delta}</source>
            <translation>кезек {delta} позицияға жылжытылды</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="511" />
            <source>jump to item {number}</source>
            <translation>{number}-тармаққа өту</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="528" />
            <source>stop</source>
            <translation>тоқтату</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="531" />
            <source>show stopped after item '{title}'</source>
            <translation>көрсетілім «{title}» тармағынан кейін тоқтатылды</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="546" />
            <source>stop: every microphone muted (nothing is live)</source>
            <translation>тоқтату: барлық микрофон өшірілді (эфирде ештеңе жоқ)</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="554" />
            <source>stop: {device} could not be muted: {reason}</source>
            <translation>тоқтату: {device} өшірілмеді: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="661" />
            <source>item '{title}' ran {start}-{end} ({seconds:.1f} s, planned {planned} s)</source>
            <translation>«{title}» тармағы {start}–{end} жүрді ({seconds:.1f} с, жоспар {planned} с)</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="716" />
            <source>{mode} run started</source>
            <translation>жүргізу басталды: {mode}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="727" />
            <source>{mode} run ended</source>
            <translation>жүргізу аяқталды: {mode}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="798" />
            <source>resumed the unfinished {mode} run</source>
            <translation>аяқталмаған жүргізу жалғасты: {mode}</translation>
        </message>
        <message>
            <location filename="../../controlroom/engine.py" line="811" />
            <source>re-sent the cues of '{title}'</source>
            <translation>«{title}» командалары қайта жіберілді</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="304" />
            <source>hall '{name}' started, rehearsal (simulators)</source>
            <translation>«{name}» залы іске қосылды, репетиция (симуляторлар)</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="306" />
            <source>hall '{name}' started, live</source>
            <translation>«{name}» залы іске қосылды, эфир</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="379" />
            <source>no such device in the hall</source>
            <translation>залда мұндай құрылғы жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="411" />
            <source>{device_id}: {label}</source>
            <translation>{device_id}: {label}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="450" />
            <source>break: {break_note}</source>
            <translation>үзіліс: {break_note}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="486" />
            <source>PANIC: {labels}</source>
            <translation>ТӨТЕНШЕ: {labels}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="545" />
            <source>{label}: ok{reply_text}</source>
            <translation>{label}: қабылданды{reply_text}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="554" />
            <source>cancelled</source>
            <translation>болдырылмады</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="568" />
            <source>no answer within {watchdog_s:g} s</source>
            <translation>{watchdog_s:g} с ішінде жауап жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="585" />
            <source>{command} failed: {reason}</source>
            <translation>{command} орындалмады: {reason}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="616" />
            <source>alarm: {alarm}</source>
            <translation>дабыл: {alarm}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="619" />
            <source>alarm over: {alarm}</source>
            <translation>дабыл өтті: {alarm}</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="683" />
            <source>{state}: the device is not connected</source>
            <translation>{state}: құрылғы қосылмаған</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="688" />
            <location filename="../../devices/base.py" line="41" />
            <source>connecting</source>
            <translation>қосылуда</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="689" />
            <location filename="../../devices/base.py" line="43" />
            <source>offline</source>
            <translation>байланыс жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="690" />
            <location filename="../../devices/base.py" line="44" />
            <source>failed</source>
            <translation>ақау</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="691" />
            <location filename="../../devices/base.py" line="45" />
            <source>bad config</source>
            <translation>баптау қате</translation>
        </message>
        <message>
            <location filename="../../controlroom/equipment.py" line="699" />
            <source>{kind}: {text}</source>
            <translation>{kind}: {text}</translation>
        </message>
        <message>
            <location filename="../../controlroom/model.py" line="39" />
            <source>{where}: {value:%Y-%m-%d %H:%M} is outside the years {first}..{last}</source>
            <translation>{where}: {value:%Y-%m-%d %H:%M} {first}..{last} жылдарынан тыс</translation>
        </message>
        <message>
            <location filename="../../controlroom/model.py" line="162" />
            <source>unknown item field {name!r}</source>
            <translation>тармақтың белгісіз өрісі {name!r}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="208" />
            <location filename="../../controlroom/runsheet.py" line="272" />
            <source>{what} must be text</source>
            <translation>{what}: мәтін болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="215" />
            <source>the {what} must not be longer than 24 hours</source>
            <translation>{what}: 24 сағаттан аспауы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="217" />
            <source>the warning time must not be less than the danger time</source>
            <translation>ескерту уақыты қауіп уақытынан кем болмауы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="219" />
            <source>the danger time must not be more than the warning time</source>
            <translation>қауіп уақыты ескерту уақытынан көп болмауы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="223" />
            <source>the {what} must be a date and time, or none</source>
            <translation>{what}: күн мен уақыт болуы керек, не бос</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="228" />
            <source>{what} {value!r} must be empty or #rrggbb</source>
            <translation>{what} {value!r}: бос не #rrggbb болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="232" />
            <source>{what} must be an ItemCues</source>
            <translation>{what}: ItemCues болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="243" />
            <source>{name}: {error}</source>
            <translation>{name}: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="250" />
            <source>unknown event field {name!r}</source>
            <translation>іс-шараның белгісіз өрісі {name!r}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="255" />
            <source>the {name} must be text</source>
            <translation>{name}: мәтін болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="259" />
            <source>the scheduled start must be a date and time</source>
            <translation>жоспарлы басталуы күн мен уақыт болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="266" />
            <source>languages must be a list of language codes</source>
            <translation>тілдер тіл кодтарының тізімі болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="274" />
            <source>{what} must not be empty</source>
            <translation>{what}: бос болмауы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="287" />
            <source>unknown {label} {value!r} (one of {choices})</source>
            <translation>{label}: белгісіз мән {value!r} (рұқсат: {choices})</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="298" />
            <source>{what} must be a whole number of seconds</source>
            <translation>{what}: секундтың бүтін саны болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="300" />
            <source>{what} must not be negative</source>
            <translation>{what}: теріс болмауы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="323" />
            <source>store the event first (Database.create_event), then edit it</source>
            <translation>алдымен іс-шараны сақтаңыз (Database.create_event), содан кейін өңдеңіз</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="483" />
            <source>row {index} is outside 0..{count}</source>
            <translation>{index} жолы 0..{count} ауқымынан тыс</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="493" />
            <source>item {number}: {error}</source>
            <translation>{number}-тармақ: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="530" />
            <source>destination {destination} is outside 0..{count}</source>
            <translation>{destination} орны 0..{count} ауқымынан тыс</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="702" />
            <source>not written: an earlier edit could not be saved</source>
            <translation>жазылмады: алдыңғы өзгерісті сақтау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="717" />
            <source>the database is closed ({error})</source>
            <translation>дерекқор жабық ({error})</translation>
        </message>
        <message>
            <location filename="../../controlroom/runsheet.py" line="779" />
            <source>row {index} is outside 0..{number}</source>
            <translation>{index} жолы 0..{number} ауқымынан тыс</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="88" />
            <source>line {line}</source>
            <translation>{line}-жол</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="118" />
            <source>no such file</source>
            <translation>мұндай файл жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="120" />
            <location filename="../../controlroom/showfile.py" line="128" />
            <source>is a folder, not a file</source>
            <translation>бұл файл емес, қалта</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="123" />
            <location filename="../../controlroom/showfile.py" line="143" />
            <source>cannot be read: {error}</source>
            <translation>оқылмайды: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="132" />
            <source>is not a regular file (a pipe, device or socket); save it to a file first</source>
            <translation>кәдімгі файл емес (арна, құрылғы не сокет); алдымен оны файлға сақтаңыз</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="137" />
            <location filename="../../controlroom/showfile.py" line="155" />
            <source>larger than {limit_mb} MB; not a show file</source>
            <translation>{limit_mb} МБ-тан үлкен; көрсетілім файлы емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="166" />
            <source>not UTF-8 text (byte 0x{byte:02x} at offset {start})</source>
            <translation>UTF-8 мәтіні емес ({start} орнында 0x{byte:02x} байты)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="172" />
            <location filename="../../controlroom/showfile.py" line="426" />
            <source>the file is empty</source>
            <translation>файл бос</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="204" />
            <source>invalid JSON: {msg} (column {colno})</source>
            <translation>JSON қате: {msg} ({colno}-баған)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="210" />
            <source>invalid JSON: nested too deeply</source>
            <translation>JSON қате: тым терең кірістірілген</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="220" />
            <source>invalid JSON: {value} is not a number</source>
            <translation>JSON қате: {value} сан емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="225" />
            <source>a show file must be a JSON object</source>
            <translation>көрсетілім файлы JSON нысаны болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="230" />
            <source>not a controlroom show file ("format": "{format}" missing)</source>
            <translation>controlroom көрсетілім файлы емес ("format": "{format}" жоқ)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="234" />
            <source>must be "{format}"</source>
            <translation>"{format}" болуы керек</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="237" />
            <source>"version" missing</source>
            <translation>"version" жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="242" />
            <source>unknown format version {version!r} (this controlroom reads {readable})</source>
            <translation>белгісіз формат нұсқасы {version!r} (бұл controlroom {readable} оқиды)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="251" />
            <source>missing or not an object</source>
            <translation>жоқ не нысан емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="257" />
            <location filename="../../controlroom/showfile.py" line="285" />
            <location filename="../../controlroom/showfile.py" line="462" />
            <source>missing</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="282" />
            <source>{key} need format version 2</source>
            <translation>{key}: 2-формат нұсқасы қажет</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="322" />
            <source>danger time {danger} is after the warning time {warning} (must not be more)</source>
            <translation>қауіп уақыты {danger} ескерту уақытынан {warning} кейін (көп болмауы керек)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="392" />
            <source>{count} fields where the header has {count2}</source>
            <translation>өріс саны {count}, тақырыпта {count2}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="410" />
            <source>position {position} appears twice (also line {line})</source>
            <translation>{position} позициясы екі рет кездеседі (тағы {line}-жол)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="423" />
            <source>not valid CSV: {error}</source>
            <translation>CSV қате: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="429" />
            <source>blank, but other rows have a position</source>
            <translation>бос, бірақ басқа жолдарда позиция бар</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="442" />
            <source>unknown column {column!r} (columns: {columns})</source>
            <translation>белгісіз баған {column!r} (бағандар: {columns})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="452" />
            <source>column {column!r} appears twice</source>
            <translation>{column!r} бағаны екі рет кездеседі</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="455" />
            <source>no title column</source>
            <translation>title бағаны жоқ</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="470" />
            <source>{text!r} is not a positive whole number</source>
            <translation>{text!r} оң бүтін сан емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="552" />
            <source>unknown field (expected one of {fields})</source>
            <translation>белгісіз өріс (күтілгені: {fields})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="558" />
            <source>must be a duration such as 5:00, 90s or 300</source>
            <translation>ұзақтық болуы керек, мысалы 5:00, 90s не 300</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="561" />
            <source>{value} is negative</source>
            <translation>{value} теріс</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="570" />
            <source>must be a duration such as 5:00, 90s or 300, not {json_type}</source>
            <translation>ұзақтық болуы керек, мысалы 5:00, 90s не 300, {json_type} емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="583" />
            <source>must be a date and time text, not {json_type}</source>
            <translation>күн мен уақыт мәтіні болуы керек, {json_type} емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="589" />
            <source>{value!r} is not a date and time (YYYY-MM-DD HH:MM)</source>
            <translation>{value!r} күн мен уақыт емес (ЖЖЖЖ-АА-КК СС:ММ)</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="592" />
            <source>{value!r}: give local time without a time zone</source>
            <translation>{value!r}: жергілікті уақытты уақыт белдеуінсіз беріңіз</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="597" />
            <source>{value!r} is outside the years 2000..2100 this app accepts</source>
            <translation>{value!r} қабылданатын 2000..2100 жылдарынан тыс</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="606" />
            <source>{value!r} is not a time of day</source>
            <translation>{value!r} тәулік уақыты емес</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="621" />
            <location filename="../../ui/runsheet_model.py" line="620" />
            <source>unknown kind {value!r} (one of {choices})</source>
            <translation>белгісіз түр {value!r} (рұқсат: {choices})</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="789" />
            <source>moved to the new start: {error}</source>
            <translation>жаңа басталу уақытына жылжыту: {error}</translation>
        </message>
        <message>
            <location filename="../../controlroom/showfile.py" line="794" />
            <source>a CSV file holds items only: give the event start</source>
            <translation>CSV файлында тек тармақтар бар: іс-шараның басталуын көрсетіңіз</translation>
        </message>
        <message>
            <location filename="../../controlroom/storage.py" line="478" />
            <source>read-only: another controlroom{who} is editing this database</source>
            <translation>тек оқу: бұл дерекқорды басқа controlroom{who} өңдеп жатыр</translation>
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
            <translation>бос емес жол болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="41" />
            <source>must be an input number (0 or more)</source>
            <translation>кіріс нөмірі болуы керек (0 не одан көп)</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="47" />
            <source>must be a channel number (1 or more)</source>
            <translation>арна нөмірі болуы керек (1 не одан көп)</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="54" />
            <source>must be true or false</source>
            <translation>true не false болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/cue_json.py" line="59" />
            <source>must be a number of seconds from 0 to 600</source>
            <translation>0-ден 600-ге дейінгі секунд саны болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/driver_base.py" line="317" />
            <source>internal error on the I/O thread ({kind}: {error}); restarting</source>
            <translation>енгізу-шығару ағынында ішкі қате ({kind}: {error}); қайта іске қосылуда</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="66" />
            <source>{path}: no such file</source>
            <translation>{path}: мұндай файл жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="69" />
            <source>{path}: cannot read: {error}</source>
            <translation>{path}: оқылмайды: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="80" />
            <source>{source}: invalid TOML: {error}</source>
            <translation>{source}: TOML қате: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/hall_file.py" line="84" />
            <source>{source}: invalid TOML: nested too deeply</source>
            <translation>{source}: TOML қате: тым терең кірістірілген</translation>
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
            <translation>үзіліс күйіне келтіру</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="95" />
            <location filename="../../devices/streaming/driver.py" line="289" />
            <location filename="../../devices/switcher/driver.py" line="304" />
            <source>stopped</source>
            <translation>тоқтатылды</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="200" />
            <location filename="../../devices/projector/driver.py" line="307" />
            <source>opening {port}</source>
            <translation>{port} ашылуда</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="346" />
            <source>{device}: model {name} has no mute: use the mixer</source>
            <translation>{device}: {name} моделінде өшіру жоқ: микшерді пайдаланыңыз</translation>
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
            <translation>{device} қосылмаған</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="473" />
            <source>lost the link to {port}: {error}</source>
            <translation>{port} портымен байланыс үзілді: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="476" />
            <source>closed</source>
            <translation>жабылды</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="509" />
            <source>{error}; retrying</source>
            <translation>{error}; қайталануда</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="519" />
            <source>waiting for the device at {port}</source>
            <translation>{port} портындағы құрылғыны күту</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="540" />
            <source>no answer from {port} to {unanswered} polls; retrying</source>
            <translation>{port} портынан сауалдардың {unanswered} жауапсыз; қайталануда</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="713" />
            <source>{device} refused {command}</source>
            <translation>{device} {command} командасын қабылдамады</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/driver.py" line="765" />
            <source>{device}: no answer to {command} within {timeout:g} s</source>
            <translation>{device}: {command} командасына {timeout:g} с ішінде жауап жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="142" />
            <source>muting every channel</source>
            <translation>барлық арнаны өшіру</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="229" />
            <source>must be a list of channel numbers</source>
            <translation>арна нөмірлерінің тізімі болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="233" />
            <source>must be an object of channel: dB</source>
            <translation>«арна: дБ» нысаны болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="240" />
            <source>not a channel number</source>
            <translation>арна нөмірі емес</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="242" />
            <source>must be a number of dB</source>
            <translation>дБ саны болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="244" />
            <source>must be between -18 and 42 dB</source>
            <translation>-18 бен 42 дБ аралығында болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="310" />
            <location filename="../../devices/microphones/kind.py" line="324" />
            <source>channel {channel} is not a channel of '{device}' (channels: {number_list})</source>
            <translation>{channel}-арна «{device}» арнасы емес (арналар: {number_list})</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/kind.py" line="356" />
            <source>battery empty on channel {channels}</source>
            <translation>{channels}-арнада батарея таусылды</translation>
        </message>
        <message>
            <location filename="../../devices/microphones/models.py" line="220" />
            <source>{model} has no mute command: channel(s) {listed} cannot be muted from here (PANIC cannot reach them either); mute them at the mixer</source>
            <translation>{model} моделінде өшіру командасы жоқ: {listed} арна(лар)ын осы жерден өшіру мүмкін емес (ТӨТЕНШЕ де жетпейді); оларды микшерде өшіріңіз</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="135" />
            <location filename="../../devices/projector/driver.py" line="240" />
            <location filename="../../devices/streaming/driver.py" line="220" />
            <location filename="../../devices/switcher/driver.py" line="180" />
            <source>not started</source>
            <translation>іске қосылмаған</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="190" />
            <source>connecting to {where}</source>
            <translation>{where} адресіне қосылуда</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="214" />
            <location filename="../../devices/pjlink/driver.py" line="292" />
            <location filename="../../devices/pjlink/driver.py" line="468" />
            <source>the PJLink driver was stopped</source>
            <translation>PJLink драйвері тоқтатылды</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="234" />
            <source>the display has no input {name!r} (known: {known})</source>
            <translation>дисплейде {name!r} кірісі жоқ (белгілілері: {known})</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="289" />
            <source>config is wrong: {reason}</source>
            <translation>баптау қате: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="299" />
            <location filename="../../devices/pjlink/driver.py" line="431" />
            <location filename="../../devices/pjlink/driver.py" line="583" />
            <source>display is offline: {reason}</source>
            <translation>дисплеймен байланыс жоқ: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="315" />
            <location filename="../../devices/projector/driver.py" line="522" />
            <source>{command} replaced by {command2}</source>
            <translation>{command} орнына {command2} келді</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="370" />
            <source>cannot connect to {where}: {error}</source>
            <translation>{where} адресіне қосылу мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="385" />
            <source>{where}: {error}</source>
            <translation>{where}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="390" />
            <source>no PJLink greeting from {where}</source>
            <translation>{where} адресінен PJLink сәлемдесуі жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="398" />
            <source>{where} does not speak PJLink</source>
            <translation>{where} PJLink хаттамасын білмейді</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="404" />
            <source>the display refused the connection (ERRA)</source>
            <translation>дисплей қосылымды қабылдамады (ERRA)</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="411" />
            <source>the display wants a PJLink password: set password in the hall file</source>
            <translation>дисплей PJLink құпиясөзін талап етеді: зал файлында password көрсетіңіз</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="461" />
            <location filename="../../devices/projector/driver.py" line="684" />
            <source>connection closed</source>
            <translation>байланыс жабылды</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="477" />
            <location filename="../../devices/pjlink/driver.py" line="479" />
            <source>display is offline: {text}</source>
            <translation>дисплеймен байланыс жоқ: {text}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="521" />
            <source>PJLink password rejected (ERRA): check password in the hall file</source>
            <translation>PJLink құпиясөзі қабылданбады (ERRA): зал файлындағы құпиясөзді тексеріңіз</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="546" />
            <source>display refused {command}: {text} ({error})</source>
            <translation>дисплей {command} командасын қабылдамады: {text} ({error})</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="568" />
            <source>display did not answer {command} in {reply_timeout:g} s</source>
            <translation>дисплей {command} командасына {reply_timeout:g} с ішінде жауап бермеді</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="576" />
            <source>no answer from {where} to {missed} requests</source>
            <translation>{where} адресінен сұраулардың {missed} жауапсыз</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/driver.py" line="642" />
            <source>display is off: {command} not sent; there is no image to blank</source>
            <translation>дисплей сөндірулі: {command} жіберілмеді; перделейтін сурет жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="237" />
            <source>unknown key</source>
            <translation>белгісіз кілт</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="240" />
            <source>must be a device id</source>
            <translation>құрылғы идентификаторы болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="243" />
            <source>must be an input name</source>
            <translation>кіріс атауы болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="246" />
            <source>must be a number of seconds, 0 or more</source>
            <translation>секунд саны болуы керек, 0 не одан көп</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="282" />
            <source>blank: left as is, the display is off</source>
            <translation>перде: өзгеріссіз, дисплей сөндірулі</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="317" />
            <source>{device} has no input {source!r} (known: {known})</source>
            <translation>{device} құрылғысында {source!r} кірісі жоқ (белгілілері: {known})</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="338" />
            <source>the display reports an error: {parts}</source>
            <translation>дисплей қате туралы хабарлайды: {parts}</translation>
        </message>
        <message>
            <location filename="../../devices/pjlink/kind.py" line="345" />
            <source>must be true, false or left out</source>
            <translation>true, false болуы не мүлде болмауы керек</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="332" />
            <location filename="../../devices/projector/driver.py" line="465" />
            <source>the projector driver was stopped</source>
            <translation>проектор драйвері тоқтатылды</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="365" />
            <source>the projector has no source {name!r} (known: {known})</source>
            <translation>проекторда {name!r} көзі жоқ (белгілілері: {known})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="461" />
            <source>projector config is wrong: {reason}</source>
            <translation>проектор баптауы қате: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="472" />
            <location filename="../../devices/projector/driver.py" line="890" />
            <source>projector is offline: {reason}</source>
            <translation>проектормен байланыс жоқ: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="599" />
            <source>projector is offline: {error}</source>
            <translation>проектормен байланыс жоқ: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="615" />
            <source>{port} open; no answer yet</source>
            <translation>{port} ашық; әзірге жауап жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="682" />
            <source>connection lost: {error}</source>
            <translation>байланыс үзілді: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="797" />
            <source>projector refused {command}</source>
            <translation>проектор {command} командасын қабылдамады</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="807" />
            <source>projector is off ({power}): {command} not sent; there is no image until it is powered on</source>
            <translation>проектор сөндірулі ({power}): {command} жіберілмеді; қосылғанша сурет жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="816" />
            <source>projector refused {command}: {text} (ERR={code})</source>
            <translation>проектор {command} командасын қабылдамады: {text} (ERR={code})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="822" />
            <source>projector refused {command} (power: {power})</source>
            <translation>проектор {command} командасын қабылдамады (қуат: {power})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="841" />
            <source>projector did not answer {command} within {timeout:g} s</source>
            <translation>проектор {command} командасына {timeout:g} с ішінде жауап бермеді</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="852" />
            <source>projector refused {command} (no reason given)</source>
            <translation>проектор {command} командасын қабылдамады (себебі айтылмады)</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="862" />
            <source>no answer from {port} to {unanswered} requests</source>
            <translation>{port} портынан сұраулардың {unanswered} жауапсыз</translation>
        </message>
        <message>
            <location filename="../../devices/projector/driver.py" line="868" />
            <source>no answer from {port} to {unanswered} requests since a power-on it never confirmed (projector fault suspected)</source>
            <translation>{port} портынан сұраулардың {unanswered} жауапсыз, ол растамаған қосудан бері (проектор ақауы болуы мүмкін)</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="265" />
            <source>blank: left as is, the projector is off</source>
            <translation>перде: өзгеріссіз, проектор сөндірулі</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="300" />
            <source>'{source}' is not a source of projector '{device}' (sources: {value})</source>
            <translation>«{source}» — «{device}» проекторының көзі емес (көздер: {value})</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="304" />
            <location filename="../../devices/streaming/kind.py" line="399" />
            <source>none</source>
            <translation>жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="318" />
            <source>unknown error</source>
            <translation>белгісіз қате</translation>
        </message>
        <message>
            <location filename="../../devices/projector/kind.py" line="319" />
            <source>projector error {code}: {text}</source>
            <translation>проектор қатесі {code}: {text}</translation>
        </message>
        <message>
            <location filename="../../devices/serial_ports.py" line="162" />
            <source>no serial port matches {port} (ports present: {listed})</source>
            <translation>{port} сипаттамасына сай сериялық порт жоқ (бар порттар: {listed})</translation>
        </message>
        <message>
            <location filename="../../devices/serial_ports.py" line="168" />
            <source>{count} serial ports match {port}: {listed}; add serial= or location= to pick one</source>
            <translation>{port} сипаттамасына {count} сериялық порт сай келеді: {listed}; біреуін таңдау үшін serial= не location= қосыңыз</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="128" />
            <source>cannot open {where}: {error}</source>
            <translation>{where} ашылмайды: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="136" />
            <source>{url}: {error}</source>
            <translation>{url}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="152" />
            <source>{url} is not open</source>
            <translation>{url} ашық емес</translation>
        </message>
        <message>
            <location filename="../../devices/serial_transport.py" line="158" />
            <source>write to {url} failed: {error}</source>
            <translation>{url} портына жазу сәтсіз: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="265" />
            <location filename="../../devices/streaming/driver.py" line="707" />
            <source>connecting to {url}</source>
            <translation>{url} адресіне қосылуда</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="288" />
            <location filename="../../devices/switcher/driver.py" line="303" />
            <source>{device}: driver stopped</source>
            <translation>{device}: драйвер тоқтатылды</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="350" />
            <location filename="../../devices/switcher/driver.py" line="403" />
            <source>{device}: not started</source>
            <translation>{device}: іске қосылмаған</translation>
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
            <translation>{device}: OBS {request_type} сұрауын қабылдамады: {describe}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="450" />
            <source>{device}: cannot send {command}: {error}</source>
            <translation>{device}: {command} жіберу мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="821" />
            <source>{device}: {command}: {error}</source>
            <translation>{device}: {command}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="859" />
            <source>{device}: OBS did not answer {command} within {command_timeout:g} s</source>
            <translation>{device}: OBS {command} сұрауына {command_timeout:g} с ішінде жауап бермеді</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/driver.py" line="888" />
            <source>{device}: connection to OBS closed ({reason})</source>
            <translation>{device}: OBS-пен байланыс жабылды ({reason})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="275" />
            <source>must be an object with device, scene, stream, record</source>
            <translation>device, scene, stream, record өрістері бар нысан болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="279" />
            <source>unknown field (expected {fields})</source>
            <translation>белгісіз өріс (күтілгені: {fields})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="286" />
            <source>must be the id of a streaming device</source>
            <translation>трансляция құрылғысының идентификаторы болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="289" />
            <source>must be a scene name</source>
            <translation>сахна атауы болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="294" />
            <source>must be true, false or absent</source>
            <translation>true, false болуы не мүлде болмауы керек</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="298" />
            <source>must be seconds from 0 to 3600</source>
            <translation>0-ден 3600-ге дейінгі секунд болуы керек</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="300" />
            <source>asks for nothing (give scene, stream or record)</source>
            <translation>ештеңе сұралмаған (scene, stream не record көрсетіңіз)</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="332" />
            <source>stream already on</source>
            <translation>трансляция қосулы тұр</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="332" />
            <source>stream already off</source>
            <translation>трансляция сөндірулі тұр</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="338" />
            <source>recording already on</source>
            <translation>жазу жүріп жатыр</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="338" />
            <source>recording already off</source>
            <translation>жазу тоқтатулы тұр</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="369" />
            <source>{device} has no scene {scene} (the hall file lists {scenes})</source>
            <translation>{device} құрылғысында {scene} сахнасы жоқ (зал файлында: {scenes})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="390" />
            <source>no state from OBS yet</source>
            <translation>OBS-тан әлі күй келген жоқ</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="396" />
            <source>OBS has no scene {missing} (it has {scenes})</source>
            <translation>OBS-та {missing} сахнасы жоқ (барлары: {scenes})</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="403" />
            <source>no stream service configured in OBS (Settings &gt; Stream)</source>
            <translation>OBS-та трансляция қызметі бапталмаған (Settings &gt; Stream)</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="405" />
            <source>OBS has no recording path (Settings &gt; Output &gt; Recording)</source>
            <translation>OBS-та жазу жолы көрсетілмеген (Settings &gt; Output &gt; Recording)</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="435" />
            <source>OBS {version} cannot mark record chapters (they need OBS 30.2 or later): going on without chapter markers</source>
            <translation>OBS {version} жазба тарауларын белгілей алмайды (OBS 30.2 не жаңасы керек): тарау белгілерінсіз жалғасамыз</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="447" />
            <source>stream dropped</source>
            <translation>трансляция үзілді</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="448" />
            <source>stream reconnecting</source>
            <translation>трансляция қайта қосылуда</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="449" />
            <source>stream congested</source>
            <translation>трансляция кептеліп жатыр</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="450" />
            <source>frames skipped</source>
            <translation>кадрлар өткізіп жіберілді</translation>
        </message>
        <message>
            <location filename="../../devices/streaming/kind.py" line="451" />
            <source>recording stopped</source>
            <translation>жазу тоқтады</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="361" />
            <source>{device}: transition rate {seconds!r} s is not within (0, {longest:g}] s at {frame_rate:g} fps</source>
            <translation>{device}: ауысу ұзақтығы {seconds!r} с (0, {longest:g}] с аралығынан тыс, {frame_rate:g} кадр/с</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="415" />
            <source>{device}: {host} not resolved yet</source>
            <translation>{device}: {host} адресі әлі анықталмаған</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="429" />
            <source>{device}: not connected</source>
            <translation>{device}: қосылмаған</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="434" />
            <source>{device}: cannot send to {where}: {error}</source>
            <translation>{device}: {where} адресіне жіберу мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="455" />
            <source>{device}: {error}</source>
            <translation>{device}: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="481" />
            <source>{device}: {number!r} is not an input of this {input_count}-input switcher</source>
            <translation>{device}: {number!r} — осы {input_count} кірісті видеомикшердің кірісі емес</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="564" />
            <source>no route to {where} to listen on: {error}</source>
            <translation>тыңдау үшін {where} адресіне маршрут жоқ: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="578" />
            <source>cannot listen for feedback on {host} UDP port {feedback_port}: {error}</source>
            <translation>{host}, UDP {feedback_port} портында кері байланысты тыңдау мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="587" />
            <location filename="../../devices/switcher/driver.py" line="681" />
            <source>waiting for {where}</source>
            <translation>{where} күтілуде</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="677" />
            <source>cannot resolve {host}: {error}</source>
            <translation>{host} адресін анықтау мүмкін емес: {error}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="688" />
            <source>only malformed datagrams from the switcher ({errors_since_heard} protocol errors)</source>
            <translation>видеомикшерден тек қате датаграммалар келеді (хаттама қателері: {errors_since_heard})</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="693" />
            <source>no answer from {where} to {unanswered} status requests</source>
            <translation>{where} адресінен күй сұрауларының {unanswered} жауапсыз</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="702" />
            <source>{device} went offline: {reason}</source>
            <translation>{device} байланысы үзілді: {reason}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="727" />
            <source>{device}: the switcher did not confirm {command}</source>
            <translation>{device}: видеомикшер {command} командасын растамады</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="756" />
            <source>atemOSC reports the switcher link down (LED red)</source>
            <translation>atemOSC видеомикшермен байланыс үзілгенін хабарлайды (қызыл шам)</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/driver.py" line="759" />
            <source>{device}: switcher link down</source>
            <translation>{device}: видеомикшермен байланыс үзілді</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/kind.py" line="309" />
            <source>must be one of {choices}</source>
            <translation>мыналардың бірі болуы керек: {choices}</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/kind.py" line="378" />
            <source>input {number} is not an input of switcher '{device}' (inputs: {number_list})</source>
            <translation>{number}-кіріс «{device}» видеомикшерінің кірісі емес (кірістер: {number_list})</translation>
        </message>
        <message>
            <location filename="../../devices/switcher/kind.py" line="396" />
            <source>the switcher reports its link to the mixer is down</source>
            <translation>видеомикшер микшермен байланыс үзілгенін хабарлайды</translation>
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
            <translation>құрылғылар әлі қосылып жатыр</translation>
        </message>
        <message>
            <location filename="../../ui/bridge.py" line="180" />
            <source>not sent: {why}</source>
            <translation>жіберілмеді: {why}</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="283" />
            <source>live item {number} '{title}' edited</source>
            <translation>эфирдегі {number}-тармақ «{title}» өзгертілді</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="334" />
            <source>PANIC</source>
            <translation>ТӨТЕНШЕ</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="358" />
            <source>show mode</source>
            <translation>эфир режимі</translation>
        </message>
        <message>
            <location filename="../../ui/console/controller.py" line="358" />
            <source>edit mode</source>
            <translation>түзету режимі</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="75" />
            <source>switch to {mode}</source>
            <translation>ауысу: {mode}</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="76" />
            <source>switching to {mode}</source>
            <translation>ауысып жатыр: {mode}</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="100" />
            <source>hall start failed: {error}</source>
            <translation>зал іске қосылмады: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/console/equipment_life.py" line="103" />
            <source>the devices could not be started: {error}</source>
            <translation>құрылғыларды іске қосу мүмкін болмады: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="74" />
            <source>hall file {path}: {error}</source>
            <translation>зал файлы {path}: {error}</translation>
        </message>
        <message>
            <location filename="../../ui/console/hall_files.py" line="139" />
            <source>hall file {path} ({mode})</source>
            <translation>зал файлы {path} ({mode})</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="126" />
            <source>quit cancelled: the show keeps running</source>
            <translation>шығу болдырылмады: көрсетілім жалғасуда</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="128" />
            <source>ended the show and quit</source>
            <translation>көрсетілім аяқталды, шығу</translation>
        </message>
        <message>
            <location filename="../../ui/console/lifecycle.py" line="356" />
            <source>did not resume the unfinished {mode} run {run}</source>
            <translation>аяқталмаған {run} жүргізуі жалғастырылмады: {mode}</translation>
        </message>
        <message>
            <location filename="../../ui/console/panel_commands.py" line="59" />
            <source>{device}: {command} (not connected)</source>
            <translation>{device}: {command} (қосылмаған)</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="88" />
            <source>readiness check: GO</source>
            <translation>дайындықты тексеру: ДАЙЫН</translation>
        </message>
        <message>
            <location filename="../../ui/console/readiness.py" line="89" />
            <source>readiness check: NO-GO</source>
            <translation>дайындықты тексеру: ДАЙЫН ЕМЕС</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="141" />
            <source>rehearsal fault: {device}.{method}({arguments})</source>
            <translation>репетиция ақауы: {device}.{method}({arguments})</translation>
        </message>
    </context>
    <context>
        <name>DevicePanel</name>
        <message>
            <location filename="../../ui/panels/common.py" line="248" />
            <source>No current values: the device is not connected.</source>
            <translation>Ағымдағы мәндер жоқ: құрылғы қосылмаған.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="250" />
            <source>Last known values, {0} ago — not current.</source>
            <translation>Соңғы белгілі мәндер, {0} бұрын — ағымдағы емес.</translation>
        </message>
    </context>
    <context>
        <name>DeviceStatus</name>
        <message>
            <location filename="../../ui/panels/common.py" line="78" />
            <source>connected</source>
            <translation>қосылған</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="79" />
            <source>connecting</source>
            <translation>қосылуда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="80" />
            <source>offline</source>
            <translation>байланыс жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="81" />
            <source>failed</source>
            <translation>ақау</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="82" />
            <source>bad configuration</source>
            <translation>баптау қатесі</translation>
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
            <translation>{0} сағ {1} мин</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="109" />
            <source>not started</source>
            <translation>іске қосылмаған</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="156" />
            <source>never heard from</source>
            <translation>жауап болған жоқ</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="159" />
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
            <location filename="../../ui/panels/common.py" line="276" />
            <source> s</source>
            <translation> с</translation>
        </message>
        <message>
            <location filename="../../ui/panels/common.py" line="278" />
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
            <location filename="../../ui/runsheet_model.py" line="115" />
            <source>Segment</source>
            <translation>Сөз сөйлеу</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="116" />
            <source>Q&amp;A</source>
            <translation>Сұрақ-жауап</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="117" />
            <source>Break</source>
            <translation>Үзіліс</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="118" />
            <source>Video</source>
            <translation>Бейне</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="119" />
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
            <location filename="../../ui/panels/log.py" line="64" />
            <source>debug</source>
            <translation>жөндеу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="65" />
            <source>info</source>
            <translation>ақпарат</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="66" />
            <source>warning</source>
            <translation>ескерту</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="67" />
            <source>error</source>
            <translation>қате</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="74" />
            <source>action</source>
            <translation>әрекет</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="75" />
            <source>command</source>
            <translation>команда</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="76" />
            <source>reply</source>
            <translation>жауап</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="77" />
            <source>status</source>
            <translation>күй</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="78" />
            <source>item</source>
            <translation>тармақ</translation>
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
            <translation>Уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Severity</source>
            <translation>Деңгей</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="113" />
            <source>Message</source>
            <translation>Хабар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="207" />
            <source>All sources</source>
            <translation>Барлық дереккөз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="213" />
            <source>{0} and above</source>
            <translation>{0} және жоғары</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="243" />
            <source>Show</source>
            <translation>Көрсету</translation>
        </message>
        <message>
            <location filename="../../ui/panels/log.py" line="315" />
            <source>The earlier log could not be read: {0}</source>
            <translation>Бұрынғы журналды оқу мүмкін болмады: {0}</translation>
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
            <translation>&amp;Іс-шараны ашу…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="292" />
            <source>Choose an event to open</source>
            <translation>Ашатын іс-шараны таңдау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="295" />
            <source>&amp;New event…</source>
            <translation>&amp;Жаңа іс-шара…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="296" />
            <source>Create an empty event</source>
            <translation>Бос іс-шара құру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="299" />
            <source>D&amp;uplicate event as template…</source>
            <translation>Үлгі ретінде &amp;көшіру…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="300" />
            <source>Copy this event with its items for a new date</source>
            <translation>Осы іс-шараны тармақтарымен жаңа күнге көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="303" />
            <source>Event &amp;details…</source>
            <translation>Іс-шара &amp;мәліметтері…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="304" />
            <source>Title, kind, start, venue and languages of this event</source>
            <translation>Іс-шараның атауы, түрі, басталуы, орны және тілдері</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="307" />
            <source>De&amp;lete event…</source>
            <translation>Іс-шараны жо&amp;ю…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="308" />
            <source>Delete this event and its run-sheet</source>
            <translation>Осы іс-шараны сценарийімен бірге жою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="311" />
            <source>&amp;Import show file…</source>
            <translation>Файлдан &amp;импорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="312" />
            <source>Import an event from a JSON or CSV show file</source>
            <translation>Іс-шараны JSON немесе CSV файлынан импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="315" />
            <source>&amp;Export show file…</source>
            <translation>Файлға &amp;экспорттау…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="316" />
            <source>Export this event as JSON or CSV</source>
            <translation>Іс-шараны JSON немесе CSV ретінде экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="323" />
            <source>&amp;Quit</source>
            <translation>&amp;Шығу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <location filename="../../ui/main_window.py" line="640" />
            <source>&amp;Undo</source>
            <translation>&amp;Болдырмау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="326" />
            <source>Undo the last edit</source>
            <translation>Соңғы өзгерісті болдырмау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="329" />
            <location filename="../../ui/main_window.py" line="645" />
            <source>&amp;Redo</source>
            <translation>&amp;Қайталау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="330" />
            <source>Redo the edit just undone</source>
            <translation>Жаңа ғана болдырылмаған өзгерісті қайталау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="333" />
            <source>&amp;Add item</source>
            <translation>Тармақ қ&amp;осу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="334" />
            <source>Add an item below the current one</source>
            <translation>Ағымдағы тармақтың астына тармақ қосу</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="337" />
            <source>D&amp;uplicate item</source>
            <translation>Тармақты &amp;көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="338" />
            <source>Copy the current item below it</source>
            <translation>Ағымдағы тармақты астына көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="341" />
            <source>&amp;Delete items</source>
            <translation>Тармақтарды жо&amp;ю</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="342" />
            <source>Delete the selected items (undo brings them back)</source>
            <translation>Таңдалған тармақтарды жою (болдырмау оларды қайтарады)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="345" />
            <source>Move &amp;up</source>
            <translation>&amp;Жоғары</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="346" />
            <source>Move the selected items up one row</source>
            <translation>Таңдалған тармақтарды бір жол жоғары жылжыту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="349" />
            <source>Move do&amp;wn</source>
            <translation>&amp;Төмен</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="350" />
            <source>Move the selected items down one row</source>
            <translation>Таңдалған тармақтарды бір жол төмен жылжыту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="353" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Пернелер тіркесімдері</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="355" />
            <source>&amp;About controlroom</source>
            <translation>controlroom &amp;туралы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="373" />
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="374" />
            <source>&amp;Edit</source>
            <translation>&amp;Түзету</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="375" />
            <source>E&amp;vent</source>
            <translation>&amp;Іс-шара</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="376" />
            <source>&amp;Show</source>
            <translation>&amp;Эфир</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="377" />
            <source>&amp;View</source>
            <translation>&amp;Көрініс</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="378" />
            <source>&amp;Help</source>
            <translation>&amp;Анықтама</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="403" />
            <source>Main toolbar</source>
            <translation>Негізгі құралдар тақтасы</translation>
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
            <translation>Құрылғылар — симуляторлар; залға ештеңе жіберілмейді.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="436" />
            <source>Commands go to the hall's real equipment.</source>
            <translation>Командалар залдың нақты жабдығына жіберіледі.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="502" />
            <source>Read-only: another controlroom (pid {0}) is editing this database. Edits are not possible here; close the other one and open this again to edit.</source>
            <translation>Тек оқу үшін: бұл дерекқорды басқа controlroom (pid {0}) өңдеп жатыр. Мұнда өзгерту мүмкін емес; өңдеу үшін басқасын жауып, мұны қайта ашыңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="511" />
            <source>Read-only: another controlroom (pid {0}) is editing this database.</source>
            <translation>Тек оқу үшін: бұл дерекқорды басқа controlroom (pid {0}) өңдеп жатыр.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="522" />
            <source>%n edit(s) could not be saved; the run-sheet now shows what is on the disk.</source>
            <translation>
                <numerusform>%n өзгеріс сақталмады; сценарий енді дискідегіні көрсетеді.</numerusform>
                <numerusform>%n өзгеріс сақталмады; сценарий енді дискідегіні көрсетеді.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="544" />
            <source>Not saved: {0}</source>
            <translation>Сақталмады: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="545" />
            <source>An edit could not be written to the database: {0}
Edits shown here may be missing from the disk. Reopen the event (File ▸ Open event) to see what is saved.</source>
            <translation>Өзгерісті дерекқорға жазу мүмкін болмады: {0}
Мұнда көрсетілген өзгерістер дискіде болмауы мүмкін. Не сақталғанын көру үшін іс-шараны қайта ашыңыз (Файл ▸ Іс-шараны ашу).</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="552" />
            <source>These edits could not be written to the database; the run-sheet shows what is on the disk:
{0}</source>
            <translation>Бұл өзгерістер дерекқорға жазылмады; сценарий дискіде сақталғанды көрсетеді:
{0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="557" />
            <source>Saving…</source>
            <translation>Сақталуда…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="561" />
            <source>Saved</source>
            <translation>Сақталды</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="570" />
            <source>Edit</source>
            <translation>Өзгеріс</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="572" />
            <source>Undo: {0}</source>
            <translation>Болдырмау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="574" />
            <source>Redo: {0}</source>
            <translation>Қайталау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="587" />
            <source>No event open</source>
            <translation>Іс-шара ашылмаған</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="589" />
            <source>Open an event (Ctrl+O), create one (Ctrl+Shift+N) or import a show file.</source>
            <translation>Іс-шараны ашыңыз (Ctrl+O), жаңасын құрыңыз (Ctrl+Shift+N) немесе файлдан импорттаңыз.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="604" />
            <source>%n item</source>
            <translation>
                <numerusform>%n тармақ</numerusform>
                <numerusform>%n тармақ</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="604" />
            <source>%n items</source>
            <translation>
                <numerusform>%n тармақ</numerusform>
                <numerusform>%n тармақ</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="607" />
            <source>planned end {0}</source>
            <translation>жоспарлы аяқталуы {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="609" />
            <source>total {0}</source>
            <translation>барлығы {0}</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="613" />
            <source>⚠ %n overlap</source>
            <translation>
                <numerusform>⚠ %n қабаттасу</numerusform>
                <numerusform>⚠ %n қабаттасу</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="615" />
            <source>⚠ %n overlaps</source>
            <translation>
                <numerusform>⚠ %n қабаттасу</numerusform>
                <numerusform>⚠ %n қабаттасу</numerusform>
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
            <translation>&amp;Болдырмау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="643" />
            <source>&amp;Redo {0}</source>
            <translation>&amp;Қайталау: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="653" />
            <source>Change title</source>
            <translation>Атауын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="654" />
            <source>Change speaker</source>
            <translation>Сөйлеушіні өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="655" />
            <source>Change speaker role</source>
            <translation>Сөйлеушінің лауазымын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="656" />
            <source>Change kind</source>
            <translation>Түрін өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="657" />
            <source>Change duration</source>
            <translation>Ұзақтығын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="658" />
            <source>Change hard start</source>
            <translation>Қатаң басталуын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="659" />
            <source>Change notes</source>
            <translation>Ескертпелерді өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="660" />
            <source>Change warning time</source>
            <translation>Ескерту уақытын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="661" />
            <source>Change danger time</source>
            <translation>Қауіп уақытын өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="662" />
            <source>Change colour</source>
            <translation>Түсін өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="663" />
            <source>Change cues</source>
            <translation>Командаларды өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="667" />
            <source>Insert item</source>
            <translation>Тармақ қосу</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="667" />
            <source>Insert %n items</source>
            <translation>
                <numerusform>%n тармақ қосу</numerusform>
                <numerusform>%n тармақ қосу</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="669" />
            <source>Delete item</source>
            <translation>Тармақты жою</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="669" />
            <source>Delete %n items</source>
            <translation>
                <numerusform>%n тармақты жою</numerusform>
                <numerusform>%n тармақты жою</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="671" />
            <source>Move item</source>
            <translation>Тармақты жылжыту</translation>
        </message>
        <message numerus="yes">
            <location filename="../../ui/main_window.py" line="671" />
            <source>Move %n items</source>
            <translation>
                <numerusform>%n тармақты жылжыту</numerusform>
                <numerusform>%n тармақты жылжыту</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="673" />
            <source>Duplicate item</source>
            <translation>Тармақты көшіру</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="675" />
            <source>Edit event</source>
            <translation>Іс-шараны өзгерту</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="718" />
            <source>The run-sheet is locked while the show runs.</source>
            <translation>Эфир кезінде сценарий құлыпталған.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="731" />
            <source>New item</source>
            <translation>Жаңа тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="785" />
            <source>Row {0}: {1} — kept the previous value.</source>
            <translation>{0}-жол: {1} — бұрынғы мән қалдырылды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="852" />
            <source>Could not open the event</source>
            <translation>Іс-шараны ашу мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="899" />
            <source>Could not create the event</source>
            <translation>Іс-шараны құру мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="936" />
            <source>Could not duplicate the event</source>
            <translation>Іс-шараны көшіру мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="957" />
            <source>event {0}</source>
            <translation>іс-шара {0}</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="960" />
            <source>Delete event</source>
            <translation>Іс-шараны жою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="961" />
            <source>Delete “{0}” and its whole run-sheet? This cannot be undone.</source>
            <translation>«{0}» іс-шарасын бүкіл сценарийімен жою керек пе? Мұны болдырмау мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="965" />
            <source>Delete</source>
            <translation>Жою</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="991" />
            <source>Event deleted.</source>
            <translation>Іс-шара жойылды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="997" />
            <source>Could not delete the event</source>
            <translation>Іс-шараны жою мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1007" />
            <source>Import show file</source>
            <translation>Файлдан импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1009" />
            <source>Show files (*.json *.csv);;JSON (*.json);;CSV (*.csv);;All files (*)</source>
            <translation>Іс-шара файлдары (*.json *.csv);;JSON (*.json);;CSV (*.csv);;Барлық файлдар (*)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1033" />
            <source>Could not import {0}</source>
            <translation>{0} импорттау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1034" />
            <source>Importing {0}…</source>
            <translation>{0} импортталуда…</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1040" />
            <source>Imported {0}.</source>
            <translation>{0} импортталды.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1054" />
            <source>Import {0}</source>
            <translation>{0} импорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1069" />
            <source>JSON show file (*.json)</source>
            <translation>JSON іс-шара файлы (*.json)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1070" />
            <source>CSV items (*.csv)</source>
            <translation>CSV тармақтары (*.csv)</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1074" />
            <source>Export show file</source>
            <translation>Файлға экспорттау</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1098" />
            <source>Exported to {0}.</source>
            <translation>Экспортталды: {0}.</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1100" />
            <source>Could not export to {0}</source>
            <translation>{0} ішіне экспорттау мүмкін болмады</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1116" />
            <source>About controlroom</source>
            <translation>controlroom туралы</translation>
        </message>
        <message>
            <location filename="../../ui/main_window.py" line="1117" />
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
            <location filename="../../ui/panels/rehearsal.py" line="75" />
            <source>Faults act on the simulators only. Restore clears them.</source>
            <translation>Ақаулар тек симуляторларға әсер етеді. «Қалпына келтіру» оларды алып тастайды.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="77" />
            <source>Waiting for the devices…</source>
            <translation>Құрылғылар күтілуде…</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="79" />
            <source>LIVE: fault injection is only available in rehearsal.</source>
            <translation>ЭФИР: ақауларды тек репетицияда тудыруға болады.</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="93" />
            <source>Silent</source>
            <translation>Үнсіз</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="94" />
            <source>Garbage</source>
            <translation>Қоқыс</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="95" />
            <source>Slow replies</source>
            <translation>Баяу жауаптар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="96" />
            <source>Partial frames</source>
            <translation>Толық емес кадрлар</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="98" />
            <source>Drop link</source>
            <translation>Байланысты үзу</translation>
        </message>
        <message>
            <location filename="../../ui/panels/rehearsal.py" line="100" />
            <source>Restore</source>
            <translation>Қалпына келтіру</translation>
        </message>
    </context>
    <context>
        <name>RemotePanel</name>
        <message>
            <location filename="../../ui/remote_control.py" line="280" />
            <source>Remote control server</source>
            <translation>Қашықтан басқару сервері</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="284" />
            <source>This computer only ({0})</source>
            <translation>Тек осы компьютер ({0})</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="286" />
            <source>LAN: {0}</source>
            <translation>Жергілікті желі: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="296" />
            <source>New tokens</source>
            <translation>Жаңа токендер</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="297" />
            <location filename="../../ui/remote_control.py" line="451" />
            <source>Off: nothing listens.</source>
            <translation>Өшірулі: ештеңе тыңдамайды.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="302" />
            <source>Cut off remote control</source>
            <translation>Қашықтан басқаруды ажырату</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="309" />
            <source>Message to the moderator's view</source>
            <translation>Модератор экранына хабар</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="310" />
            <source>Send</source>
            <translation>Жіберу</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="314" />
            <source>Listen on</source>
            <translation>Тыңдау мекенжайы</translation>
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
            <translation>Порттар</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="321" />
            <source>Control token</source>
            <translation>Басқару токені</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="322" />
            <source>View token</source>
            <translation>Көру токені</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="345" />
            <source>any</source>
            <translation>кез келген</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="398" />
            <source>Starting…</source>
            <translation>Іске қосылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="427" />
            <source>Stopping…</source>
            <translation>Тоқтатылуда…</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="458" />
            <source>Could not start: {0}</source>
            <translation>Іске қосылмады: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="472" />
            <source>Listening on {0}</source>
            <translation>{0} мекенжайында тыңдайды</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="473" />
            <source>Presenter timer</source>
            <translation>Баяндамашы таймері</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="473" />
            <source>Moderator</source>
            <translation>Модератор</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="474" />
            <source>Status</source>
            <translation>Күйі</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="477" />
            <source>API: {0}</source>
            <translation>API: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="479" />
            <source>OSC: UDP port {0}</source>
            <translation>OSC: UDP порты {0}</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="481" />
            <source>Commands need the control token.</source>
            <translation>Командаларға басқару токені керек.</translation>
        </message>
        <message>
            <location filename="../../ui/remote_control.py" line="483" />
            <source>Only this computer can connect; no token needed.</source>
            <translation>Тек осы компьютер қосыла алады; токен керек емес.</translation>
        </message>
    </context>
    <context>
        <name>ReportPdf</name>
        <message>
            <location filename="../../ui/report_pdf.py" line="98" />
            <source>Scheduled start</source>
            <translation>Жоспарлы басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="101" />
            <source>Venue</source>
            <translation>Өтетін орны</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="108" />
            <source>Planned end</source>
            <translation>Жоспарлы аяқталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="109" />
            <location filename="../../ui/report_pdf.py" line="132" />
            <source>Actual start</source>
            <translation>Нақты басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="110" />
            <location filename="../../ui/report_pdf.py" line="133" />
            <source>Actual end</source>
            <translation>Нақты аяқталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="113" />
            <source>Finished</source>
            <translation>Қорытынды</translation>
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
            <translation>бұрынғы жүргізу</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="117" />
            <source>Run</source>
            <translation>Жүргізу</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="121" />
            <source>Items run</source>
            <translation>Өткен тармақтар</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="122" />
            <source>Report made</source>
            <translation>Есеп жасалды</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="125" />
            <source>Planned and actual</source>
            <translation>Жоспар мен нақты</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="127" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="128" />
            <source>Item</source>
            <translation>Тармақ</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="129" />
            <source>Speaker</source>
            <translation>Сөйлеуші</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="130" />
            <source>Planned start</source>
            <translation>Жоспарлы басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="131" />
            <source>Planned</source>
            <translation>Жоспар</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="134" />
            <source>Ran</source>
            <translation>Созылды</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="135" />
            <source>Late by</source>
            <translation>Кешігу</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="136" />
            <source>Over by</source>
            <translation>Асып кету</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="173" />
            <source>Outages</source>
            <translation>Үзілістер</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Device</source>
            <translation>Құрылғы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Outage</source>
            <translation>Үзіліс</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>End</source>
            <translation>Аяқталуы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="174" />
            <source>Lasted</source>
            <translation>Ұзақтығы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="180" />
            <source>not over</source>
            <translation>аяқталмаған</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="184" />
            <source>Event log</source>
            <translation>Оқиғалар журналы</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Time</source>
            <translation>Уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Severity</source>
            <translation>Деңгей</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Source</source>
            <translation>Дереккөз</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="188" />
            <source>Message</source>
            <translation>Хабар</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="195" />
            <source>The log of this event is empty.</source>
            <translation>Бұл іс-шараның журналы бос.</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="275" />
            <source>%1 — page %2 of %3</source>
            <translation>%1 — %2-бет, барлығы %3</translation>
        </message>
        <message>
            <location filename="../../ui/report_pdf.py" line="308" />
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
            <location filename="../../ui/runsheet_model.py" line="100" />
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="101" />
            <source>Start</source>
            <translation>Басталуы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="102" />
            <source>Duration</source>
            <translation>Ұзақт.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="103" />
            <source>End</source>
            <translation>Соңы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="104" />
            <source>Title</source>
            <translation>Атауы</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="105" />
            <source>Speaker</source>
            <translation>Сөйлеуші</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="106" />
            <source>Kind</source>
            <translation>Түрі</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="107" />
            <source>Notes</source>
            <translation>Ескертпелер</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="146" />
            <source>“{0}” is not a time of day (use HH:MM or HH:MM:SS)</source>
            <translation>«{0}» — тәулік уақыты емес (СС:ММ немесе СС:ММ:СС жазыңыз)</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="543" />
            <source>Overlaps the previous item by {0}</source>
            <translation>Алдыңғы тармақпен {0} қабаттасады</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="549" />
            <source>Gap of {0} before this item</source>
            <translation>Бұл тармақтың алдында {0} бос уақыт</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="555" />
            <source>Hard start at {0}</source>
            <translation>Қатаң басталуы: {0}</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="560" />
            <source>Type a time (HH:MM) to fix a hard start; clear it to follow on.</source>
            <translation>Қатаң басталуды белгілеу үшін уақытты (СС:ММ) жазыңыз; алдыңғысынан кейін жүру үшін тазалаңыз.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="567" />
            <source>Duration, e.g. 5:00, 90s, 45m or 1:30:00</source>
            <translation>Ұзақтығы, мысалы 5:00, 90s, 45m немесе 1:30:00</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="726" />
            <source>Read-only: another controlroom is editing this database; edits are not possible here.</source>
            <translation>Тек оқу үшін: бұл дерекқорды басқа controlroom өңдеп жатыр; мұнда өзгерту мүмкін емес.</translation>
        </message>
        <message>
            <location filename="../../ui/runsheet_model.py" line="731" />
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
