// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "startupprobe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFile>
#include <QTextStream>
#include <QTimer>
#include <QWidget>

#include <ctime>
#include <unistd.h>

namespace {

/// Milliseconds since the kernel started this process, so the dynamic loading of Qt and static
/// initialisation count too, not only main(). /proc reports the start in clock ticks (10 ms on
/// Linux), so the figure may read up to one tick high; -1 when unavailable.
double msSinceProcessStart()
{
    QFile file(QStringLiteral("/proc/self/stat"));
    if (!file.open(QIODevice::ReadOnly))
        return -1.0;
    const QByteArray stat = file.readAll();
    // Field 2 (the command) may contain spaces; fields after it start past the last ')'.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    constexpr int kStartTimeField = 22 - 3; // starttime, counted from field 3
    if (fields.size() <= kStartTimeField)
        return -1.0;
    bool ok = false;
    const double startTicks = fields.at(kStartTimeField).toDouble(&ok);
    const long ticksPerSecond = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || ticksPerSecond <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1.0;
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(ticksPerSecond);
}

/// A "Key:   1234 kB" line of a /proc file, in kB; -1 when absent.
qint64 procKb(const QString &path, const QByteArray &key)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = key + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(prefix))
            return line.mid(key.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Wall-clock time, so a script that noted the time before starting the process can measure
/// from exec() without the /proc tick rounding.
qint64 epochUs()
{
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    return qint64(now.tv_sec) * 1000000 + now.tv_nsec / 1000;
}

} // namespace

void StartupProbe::watch(QWidget *window)
{
    QCoreApplication::instance()->installEventFilter(new StartupProbe(window));
}

StartupProbe::StartupProbe(QWidget *window)
    : QObject(window)
    , m_window(window)
{ }

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    // Any widget of the window counts: a window whose children cover it whole (a bare window
    // with one chart view) gets no paint event of its own.
    if (!m_painted && event->type() == QEvent::Paint && watched->isWidgetType() &&
        static_cast<QWidget *>(watched)->window() == m_window) {
        m_painted = true;
        QCoreApplication::instance()->removeEventFilter(this);
        // The window's paint event starts the frame; children are painted and the backing store
        // flushed before control returns to the event loop, where this zero timer fires.
        QTimer::singleShot(0, this, &StartupProbe::report);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::report()
{
    const double firstPaintMs = msSinceProcessStart();
    const QString smaps = QStringLiteral("/proc/self/smaps_rollup");
    const QString status = QStringLiteral("/proc/self/status");
    QTextStream out(stdout);
    // Machine-readable for tools/measure/startup.sh, so not translated.
    out << "first_paint_ms=" << QString::number(firstPaintMs, 'f', 1) << '\n'
        << "first_paint_epoch_us=" << epochUs() << '\n'
        << "rss_kb=" << procKb(smaps, "Rss") << '\n'
        << "pss_kb=" << procKb(smaps, "Pss") << '\n'
        << "private_kb=" << procKb(smaps, "Private_Clean") + procKb(smaps, "Private_Dirty") << '\n'
        << "peak_rss_kb=" << procKb(status, "VmHWM") << '\n';
    out.flush();
    QCoreApplication::exit(0);
}
