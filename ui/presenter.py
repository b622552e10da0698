"""The presenter screen: the speaker's full-screen countdown on the stage screen.

Three parts, so the same pixels reach the speaker and the operator's mirror:

- :class:`PresenterFeed` is the one refresh source. It takes a
  :class:`~controlroom.timer.TimerView` snapshot, then sleeps on a single-shot
  ``Qt.PreciseTimer`` until ``next_boundary_in()`` (just after the next second,
  flash half-period or minute boundary), and re-arms. Operations on the timer
  refresh at once. A one-second watchdog (and every paint) checks that the
  frame on screen is not overdue; see "Stale" below.
- :class:`PresenterRenderer` paints a view into any rectangle with a QPainter:
  the big remaining time fitted to the space, colour states, title, speaker,
  next item, time of day, message, blackout, MIC LIVE, ON AIR / REC and STALE.
- :class:`PresenterWindow` is the top-level window and its placement: full
  screen on the chosen screen (remembered by name in QSettings; default the
  first screen that is not the operator's), back home as a normal window when
  that screen goes, back again when it returns; an ordinary window on a
  single-screen machine. Shortly after showing a frame it paints the *next*
  one (``PresenterTimer.snapshot(at=boundary)``) into an image, so when the
  second turns the paint is a copy, not a layout of 900-pixel glyphs; if the
  prediction no longer matches (the operator did something) it paints afresh.

Stale: a frame is *overdue* when the value it shows should have been replaced
more than :data:`STALE_GRACE_S` ago. The watchdog and every paint test this and
paint a STALE banner (with the figure greyed) — this catches a broken refresh
chain or a timer source that stopped answering. A hang of the GUI thread itself
cannot be painted by that frozen thread; the feed notices it afterwards (its
refresh fires late) and reports it through :attr:`PresenterFeed.froze` so the
operator's strip can say "the presenter screen froze for N s"; while paused the
screen says PAUSED, so a still figure is never ambiguous for long.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QPointF,
    QRect,
    QRectF,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QCloseEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPaintEvent,
    QPen,
    QScreen,
)
from PySide6.QtWidgets import QWidget

from controlroom.clock import Clock
from controlroom.timer import Phase, PresenterTimer, TimerView, refresh_delay_ms
from ui.plain_text import bounded

log = logging.getLogger(__name__)

STALE_GRACE_S = 1.0
"""A frame is stale once its value should have changed this long ago (about 2 s after the paint)."""
WATCHDOG_INTERVAL_MS = 1000
PREDICT_AFTER_BOUNDARY_S = 0.0005
PREPARE_DELAY_MS = 50
"""The next frame is painted ahead into an image this long after the current one is shown."""
SETTINGS_SCREEN_KEY = "presenter/screen"
WINDOWED_SIZE = (960, 540)

BACKGROUND = QColor("#000000")
FIGURE_NORMAL = QColor("#ffffff")
FIGURE_WARNING = QColor("#ffb000")
FIGURE_DANGER = QColor("#ff3030")
OVERTIME_FLASH_BACKGROUND = QColor("#c00000")
FIGURE_DIM = QColor("#5a5a5a")
TEXT_MAIN = QColor("#f2f2f2")
TEXT_SECONDARY = QColor("#a8b0b8")
MESSAGE_BACKGROUND = QColor("#ffd400")
MESSAGE_TEXT = QColor("#000000")
MIC_LIVE_BACKGROUND = QColor("#e01b1b")
#: ON AIR: the live stream reaches its server; REC: the show is being recorded.
ON_AIR_BACKGROUND = QColor("#c62828")
REC_BACKGROUND = QColor("#6d1b7b")
STALE_BACKGROUND = QColor("#c800c8")
STALE_TEXT = QColor("#ffffff")

FIGURE_COLOURS = {
    Phase.NORMAL: FIGURE_NORMAL,
    Phase.WARNING: FIGURE_WARNING,
    Phase.DANGER: FIGURE_DANGER,
    Phase.OVERTIME: FIGURE_DANGER,
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PresenterScreen", text)


class PresenterFeed(QObject):
    """The single refresh source of the presenter screen and its mirror; GUI thread only."""

    frame = Signal(object)
    """A new :class:`TimerView` to show."""
    stale_changed = Signal(bool)
    froze = Signal(float)
    """The refresh ran this many seconds late (the GUI thread was blocked)."""
    _poke = Signal()

    def __init__(
        self, timer: PresenterTimer, clock: Clock, parent: QObject | None = None,
        auto_refresh: bool = True,
    ) -> None:
        super().__init__(parent)
        self.timer = timer
        self.clock = clock
        self.view: TimerView = timer.snapshot()
        self.due_at = self.view.computed_at + timer.next_boundary_in()
        self.stale = False
        self.last_freeze_s = 0.0
        self._auto = auto_refresh
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setObjectName("presenter-refresh")
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._refresh_timer.timeout.connect(self._on_refresh_due)
        self._watchdog = QTimer(self)
        self._watchdog.setObjectName("presenter-watchdog")
        self._watchdog.setTimerType(Qt.TimerType.CoarseTimer)
        self._watchdog.setInterval(WATCHDOG_INTERVAL_MS)
        self._watchdog.timeout.connect(self.check_stale)
        # Timer operations may come from any thread: hop to ours through a queued signal.
        self._poke.connect(self.refresh, Qt.ConnectionType.QueuedConnection)
        self._listener: Callable[[], None] | None = self._poke.emit
        timer.add_listener(self._listener)
        if auto_refresh:
            self._watchdog.start()
            self._arm()

    def shutdown(self) -> None:
        """Stop both timers and stop listening to the presenter timer."""
        self._auto = False
        self._refresh_timer.stop()
        self._watchdog.stop()
        if self._listener is not None:
            self.timer.remove_listener(self._listener)
            self._listener = None

    def refresh(self) -> None:
        """Take a new snapshot, publish it, and sleep until the next visible change."""
        self.view = self.timer.snapshot()
        self.due_at = self.view.computed_at + self.timer.next_boundary_in()
        self._set_stale(False)
        self.frame.emit(self.view)
        if self._auto:
            self._arm()

    def predict_next(self) -> TimerView:
        """The view just after the next boundary, if nobody operates the timer before then."""
        return self.timer.snapshot(at=self.due_at + PREDICT_AFTER_BOUNDARY_S)

    def _arm(self) -> None:
        delay = refresh_delay_ms(self.due_at - self.clock.monotonic())
        self._refresh_timer.start(delay)

    def _on_refresh_due(self) -> None:
        late = self.clock.monotonic() - self.due_at
        if late > STALE_GRACE_S:
            self.last_freeze_s = late
            log.warning("presenter screen refresh ran %.1f s late (GUI thread blocked)", late)
            self.froze.emit(late)
        self.refresh()

    def is_stale(self, now: float | None = None) -> bool:
        """True when the current frame should have been replaced over STALE_GRACE_S ago."""
        now = self.clock.monotonic() if now is None else now
        return now - self.due_at > STALE_GRACE_S

    def check_stale(self) -> bool:
        """The watchdog: flag (and publish) an overdue frame."""
        stale = self.is_stale()
        self._set_stale(stale)
        return stale

    def _set_stale(self, stale: bool) -> None:
        if stale != self.stale:
            self.stale = stale
            if stale:
                log.warning("presenter screen is stale: frame overdue")
            self.stale_changed.emit(stale)


class PresenterRenderer:
    """Paints a :class:`TimerView` into a rectangle; shared by the window and the mirror."""

    def __init__(self, family: str = "DejaVu Sans") -> None:
        self._family = family
        self._fit_cache: dict[tuple[str, int, int, bool], QFont] = {}

    def fitted_font(self, template: str, width: float, height: float, bold: bool = True) -> QFont:
        """The largest font whose rendering of ``template`` fits in width x height (cached)."""
        key = (template, int(width), int(height), bold)
        font = self._fit_cache.get(key)
        if font is None:
            font = QFont(self._family)
            font.setBold(bold)
            font.setPixelSize(100)
            metrics = QFontMetricsF(font)
            text_width = max(metrics.horizontalAdvance(template), 1.0)
            text_height = max(metrics.tightBoundingRect(template).height(), 1.0)
            scale = min(width / text_width, height / text_height)
            font.setPixelSize(max(1, int(100 * scale)))
            if len(self._fit_cache) > 256:
                self._fit_cache.clear()
            self._fit_cache[key] = font
        return font

    def band_font(self, height: float, bold: bool = False) -> QFont:
        """A font whose line fits in a band ``height`` high."""
        font = QFont(self._family)
        font.setBold(bold)
        font.setPixelSize(max(1, int(height * 0.72)))
        return font

    def paint(
        self, painter: QPainter, rect: QRectF, view: TimerView, stale: bool, mirror: bool = False
    ) -> None:
        """Paint the whole screen for ``view`` into ``rect``."""
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        if view.blackout:
            painter.fillRect(rect, BACKGROUND)
            if mirror:
                self._draw_line(painter, rect, _tr("BLACKOUT"), FIGURE_DIM,
                                self.band_font(rect.height() * 0.12, bold=True),
                                Qt.AlignmentFlag.AlignCenter)
            if stale:
                self._draw_stale(painter, rect)
            painter.restore()
            return
        overtime_flash = view.phase == Phase.OVERTIME and view.overtime_flash
        painter.fillRect(rect, OVERTIME_FLASH_BACKGROUND if overtime_flash else BACKGROUND)

        height = rect.height()
        margin = height * 0.035
        inner = rect.adjusted(margin, margin, -margin, -margin)
        top_h = height * 0.17
        bottom_h = height * 0.10
        message_h = height * 0.17 if view.message else 0.0
        top = QRectF(inner.left(), inner.top(), inner.width(), top_h)
        bottom = QRectF(inner.left(), inner.bottom() - bottom_h, inner.width(), bottom_h)
        message = QRectF(inner.left(), bottom.top() - message_h - margin * 0.5,
                         inner.width(), message_h)
        figure = QRectF(inner.left(), top.bottom() + margin * 0.5, inner.width(),
                        (message.top() if view.message else bottom.top()) - top.bottom() - margin)

        self._draw_header(painter, top, view)
        self._draw_figure(painter, figure, view, stale, overtime_flash)
        if view.message:
            self._draw_message(painter, message, view)
        self._draw_footer(painter, bottom, view)
        if stale:
            self._draw_stale(painter, rect)
        painter.restore()

    def _draw_header(self, painter: QPainter, band: QRectF, view: TimerView) -> None:
        badges = [
            (label, colour)
            for shown, label, colour in (
                (view.mic_live, _tr("MIC LIVE"), MIC_LIVE_BACKGROUND),
                (view.on_air, _tr("ON AIR"), ON_AIR_BACKGROUND),
                (view.recording, _tr("REC"), REC_BACKGROUND),
            )
            if shown
        ]
        badge_w = band.width() * {1: 0.26, 2: 0.17}.get(len(badges), 0.14)
        badges_w = badge_w * len(badges) * 1.08
        text_area = QRectF(band.left(), band.top(), band.width() - badges_w, band.height())
        title_band = QRectF(text_area.left(), text_area.top(), text_area.width(),
                            text_area.height() * 0.6)
        speaker_band = QRectF(text_area.left(), title_band.bottom(), text_area.width(),
                              text_area.height() * 0.4)
        self._draw_line(painter, title_band, view.title, TEXT_MAIN,
                        self.band_font(title_band.height(), bold=True))
        self._draw_line(painter, speaker_band, view.speaker, TEXT_SECONDARY,
                        self.band_font(speaker_band.height()))
        right = band.right()
        for label, colour in reversed(badges):  # read left to right in the list's order
            badge = QRectF(right - badge_w, band.top(), badge_w, band.height() * 0.62)
            right -= badge_w * 1.08
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(colour))
            radius = badge.height() * 0.18
            painter.drawRoundedRect(badge, radius, radius)
            font = self.fitted_font(label, badge.width() * 0.82, badge.height() * 0.5)
            self._draw_line(painter, badge, label, TEXT_MAIN, font, Qt.AlignmentFlag.AlignCenter)

    def _draw_figure(
        self, painter: QPainter, area: QRectF, view: TimerView, stale: bool, overtime_flash: bool
    ) -> None:
        if area.height() <= 0 or area.width() <= 0:
            return
        show_paused = view.loaded and not view.running
        label_h = area.height() * 0.14 if show_paused else 0.0
        digits = QRectF(area.left(), area.top(), area.width(), area.height() - label_h)
        if not view.loaded or stale:
            colour = FIGURE_DIM
        elif overtime_flash:
            colour = FIGURE_NORMAL
        else:
            colour = FIGURE_COLOURS[view.phase]
        # Size from the text with every digit (and the idle dashes) as "0": the size then
        # changes only when the format does, never from one second to the next.
        template = re.sub(r"[\d-]", "0", view.text)
        font = self.fitted_font(template, digits.width() * 0.96, digits.height() * 0.86)
        painter.setFont(font)
        painter.setPen(QPen(colour))
        metrics = QFontMetricsF(font)
        advance = metrics.horizontalAdvance(view.text)
        tight = metrics.tightBoundingRect(template)
        baseline = QPointF(digits.center().x() - advance / 2,
                           digits.center().y() - (tight.top() + tight.bottom()) / 2)
        painter.drawText(baseline, view.text)
        if show_paused:
            label_band = QRectF(area.left(), digits.bottom(), area.width(), label_h)
            self._draw_line(painter, label_band, _tr("PAUSED"), TEXT_SECONDARY,
                            self.band_font(label_h, bold=True), Qt.AlignmentFlag.AlignCenter)

    def _draw_message(self, painter: QPainter, band: QRectF, view: TimerView) -> None:
        background, foreground = MESSAGE_BACKGROUND, MESSAGE_TEXT
        if view.message_flash:
            background, foreground = foreground, background
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(background))
        radius = band.height() * 0.12
        painter.drawRoundedRect(band, radius, radius)
        if view.message_flash:
            painter.setPen(QPen(MESSAGE_BACKGROUND, max(2.0, band.height() * 0.05)))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(band, radius, radius)
        font = self.band_font(band.height() * 0.9, bold=True)
        self._draw_line(painter, band.adjusted(band.height() * 0.2, 0, -band.height() * 0.2, 0),
                        view.message, foreground, font, Qt.AlignmentFlag.AlignCenter)

    def _draw_footer(self, painter: QPainter, band: QRectF, view: TimerView) -> None:
        clock_w = band.width() * 0.2
        font = self.band_font(band.height())
        if view.next_title:
            next_band = QRectF(band.left(), band.top(), band.width() - clock_w * 1.1, band.height())
            self._draw_line(painter, next_band, _tr("Next: %1").replace("%1", view.next_title),
                            TEXT_SECONDARY, font)
        clock_band = QRectF(band.right() - clock_w, band.top(), clock_w, band.height())
        self._draw_line(painter, clock_band, view.time_of_day, TEXT_MAIN,
                        self.band_font(band.height(), bold=True), Qt.AlignmentFlag.AlignRight)

    def _draw_stale(self, painter: QPainter, rect: QRectF) -> None:
        border = max(3.0, rect.height() * 0.02)
        painter.setPen(QPen(STALE_BACKGROUND, border))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(border / 2, border / 2, -border / 2, -border / 2))
        banner_h = rect.height() * 0.14
        banner = QRectF(rect.left(), rect.center().y() - banner_h / 2, rect.width(), banner_h)
        painter.fillRect(banner, STALE_BACKGROUND)
        label = _tr("STALE — display not updating")
        font = self.fitted_font(label, banner.width() * 0.9, banner.height() * 0.55)
        self._draw_line(painter, banner, label, STALE_TEXT, font, Qt.AlignmentFlag.AlignCenter)

    @staticmethod
    def _draw_line(
        painter: QPainter, band: QRectF, text: str, colour: QColor, font: QFont,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
    ) -> None:
        if not text or band.width() <= 0 or band.height() <= 0:
            return
        painter.setFont(font)
        painter.setPen(QPen(colour))
        # Cut first: eliding a megabyte-long title on every frame would stall the screen.
        elided = QFontMetricsF(font).elidedText(
            bounded(text, 500), Qt.TextElideMode.ElideRight, band.width()
        )
        painter.drawText(band, int(alignment | Qt.AlignmentFlag.AlignVCenter), elided)


class PresenterWindow(QWidget):
    """The speaker's window: full screen on the chosen screen, or a normal window at home."""

    painted = Signal(object, float)
    """(view, monotonic time the paint finished) after every paint; for tests and benchmarks."""
    placement_changed = Signal(str)
    shown_changed = Signal(bool)

    def __init__(
        self,
        feed: PresenterFeed,
        settings: QSettings,
        operator_window: QWidget | None = None,
        screens: Callable[[], list[QScreen]] | None = None,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Presenter screen"))
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setMinimumSize(320, 180)
        self.feed = feed
        self.settings = settings
        self.operator_window = operator_window
        self._screens = screens or QGuiApplication.screens
        self.renderer = PresenterRenderer()
        self.placement = "hidden"
        self.wanted = False
        self.last_painted_at: float | None = None
        self._leaving: QScreen | None = None
        self._prepared: tuple[tuple[object, ...], QImage] | None = None
        self.prepared_hits = 0
        """Paints that only copied the frame prepared ahead (for the benchmark)."""
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setObjectName("presenter-prepare")
        self._prepare_timer.setSingleShot(True)
        self._prepare_timer.setTimerType(Qt.TimerType.CoarseTimer)
        self._prepare_timer.timeout.connect(self._prepare_next)
        feed.frame.connect(self._on_frame)
        feed.stale_changed.connect(self._on_stale_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.screenAdded.connect(self.on_screen_added)
            app.screenRemoved.connect(self.on_screen_removed)

    # ---- painting --------------------------------------------------------------------------

    def _on_frame(self, view: TimerView) -> None:
        # Paint now rather than at the next event-loop pass: the new second is due.
        if self.isVisible():
            self.repaint()

    def _on_stale_changed(self, stale: bool) -> None:
        if self.isVisible():
            self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        now = self.feed.clock.monotonic()
        view = self.feed.view
        stale = self.feed.stale or self.feed.is_stale(now)
        painter = QPainter(self)
        prepared = self._prepared
        if (not stale and prepared is not None and prepared[0] == view.appearance()
                and prepared[1].size() == self.size() * self.devicePixelRatioF()):
            painter.drawImage(0, 0, prepared[1])
            self.prepared_hits += 1
        else:
            self.renderer.paint(painter, QRectF(self.rect()), view, stale=stale)
        painter.end()
        self._prepared = None
        self.last_painted_at = self.feed.clock.monotonic()
        self.painted.emit(view, self.last_painted_at)
        if not stale:
            self._prepare_timer.start(PREPARE_DELAY_MS)

    def _prepare_next(self) -> None:
        """Paint the next frame into an image now, so the boundary costs only a copy."""
        if not self.isVisible():
            return
        view = self.feed.predict_next()
        ratio = self.devicePixelRatioF()
        image = QImage(self.size() * ratio, QImage.Format.Format_RGB32)
        image.setDevicePixelRatio(ratio)
        painter = QPainter(image)
        self.renderer.paint(painter, QRectF(self.rect()), view, stale=False)
        painter.end()
        self._prepared = (view.appearance(), image)

    # ---- which screen ----------------------------------------------------------------------

    def screens(self) -> list[QScreen]:
        """The connected screens (less one being unplugged right now)."""
        return [screen for screen in self._screens() if screen is not self._leaving]

    def operator_screen(self) -> QScreen | None:
        """The screen of the operator's main window (the primary screen without one)."""
        if self.operator_window is not None:
            screen = self.operator_window.screen()
            if screen is not None and screen in self.screens():
                return screen
        available = self.screens()
        primary = QGuiApplication.primaryScreen()
        if primary in available:
            return primary
        return available[0] if available else None

    def chosen_screen_name(self) -> str | None:
        """The remembered choice, or None for the default (first non-operator screen)."""
        value = self.settings.value(SETTINGS_SCREEN_KEY, None)
        return str(value) if value else None

    def choose_screen(self, name: str | None) -> None:
        """Remember ``name`` (None: back to the default) and move there if shown."""
        if name:
            self.settings.setValue(SETTINGS_SCREEN_KEY, name)
        else:
            self.settings.remove(SETTINGS_SCREEN_KEY)
        self.settings.sync()
        if self.wanted:
            self.place()

    def target_screen(self) -> QScreen | None:
        """Where to go full screen now, or None for a normal window on the operator's screen."""
        operator = self.operator_screen()
        available = self.screens()
        name = self.chosen_screen_name()
        if name is not None:
            for screen in available:
                if screen.name() == name:
                    return None if screen is operator else screen
            return None  # the chosen screen is not connected: wait at home for it
        for screen in available:
            if screen is not operator:
                return screen
        return None

    # ---- showing and placing ---------------------------------------------------------------

    def show_presenter(self) -> None:
        """Show the window where it belongs."""
        self.wanted = True
        self.place()
        self.feed.refresh()
        self.shown_changed.emit(True)

    def hide_presenter(self) -> None:
        self.wanted = False
        self.hide()
        self._set_placement("hidden")
        self.shown_changed.emit(False)

    def place(self) -> None:
        """Go full screen on the target screen, or be a normal window on the operator's."""
        target = self.target_screen()
        if target is not None:
            if self.windowState() & Qt.WindowState.WindowFullScreen and self.screen() is target:
                self._set_placement(f"fullscreen:{target.name()}")
                return
            self.hide()
            self.setScreen(target)
            self.setGeometry(target.geometry())
            self.setCursor(Qt.CursorShape.BlankCursor)  # no pointer in front of the speaker
            self.showFullScreen()
            self._set_placement(f"fullscreen:{target.name()}")
            return
        home = self.operator_screen()
        was_full_screen = bool(self.windowState() & Qt.WindowState.WindowFullScreen)
        if was_full_screen or not self.isVisible() or self.screen() is not home:
            self.hide()
            self.unsetCursor()
            self.setWindowState(Qt.WindowState.WindowNoState)
            if home is not None:
                self.setScreen(home)
                self.setGeometry(self._home_geometry(home))
            self.showNormal()
        self._set_placement(f"window:{home.name() if home is not None else '?'}")

    @staticmethod
    def _home_geometry(screen: QScreen) -> QRect:
        area = screen.availableGeometry()
        width = min(WINDOWED_SIZE[0], int(area.width() * 0.8))
        height = min(WINDOWED_SIZE[1], int(area.height() * 0.8))
        return QRect(area.center().x() - width // 2, area.center().y() - height // 2, width,
                     height)

    def _set_placement(self, placement: str) -> None:
        if placement != self.placement:
            self.placement = placement
            log.info("presenter screen: %s", placement)
            self.placement_changed.emit(placement)

    def on_screen_added(self, screen: QScreen) -> None:
        """A screen was plugged in: go to it if it is the one we want."""
        if self.wanted:
            self.place()

    def on_screen_removed(self, screen: QScreen) -> None:
        """A screen was unplugged: if it was ours, come home as a normal window."""
        self._leaving = screen
        try:
            if self.wanted:
                self.place()
        finally:
            self._leaving = None

    def closeEvent(self, event: QCloseEvent) -> None:
        # Closing the window (e.g. from a window manager) is the same as hiding it from the menu.
        self.wanted = False
        self._set_placement("hidden")
        self.shown_changed.emit(False)
        super().closeEvent(event)
