// wh_bench_bare_window: the cold start baseline for wh_bench_kiosk. A bare Qt Widgets program that shows one
// window of the kiosk's size with a label and reports, as the appliance does, when the label was first
// painted (milliseconds since main() and the resident memory then), then quits.

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>
#include <QWidget>

#include <cstdio>

namespace {

QElapsedTimer g_sinceMain;

class ShownReporter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        watched->removeEventFilter(this);
        watched->event(event);
        QByteArray rss = "?";
        QFile status(QStringLiteral("/proc/self/status"));
        if (status.open(QIODevice::ReadOnly))
            for (const QByteArray& line : status.readAll().split('\n'))
                if (line.startsWith("VmRSS:"))
                    rss = line.mid(6).simplified();
        std::printf("kiosk: login screen shown after %.1f ms, resident memory %s\n",
                    double(g_sinceMain.nsecsElapsed()) / 1e6, rss.constData());
        std::fflush(stdout);
        QTimer::singleShot(0, QCoreApplication::instance(), &QCoreApplication::quit);
        return true;
    }
};

} // namespace

int main(int argc, char** argv)
{
    g_sinceMain.start();
    QApplication app(argc, argv);
    QWidget window;
    auto* layout = new QVBoxLayout(&window);
    auto* label = new QLabel(QStringLiteral("Scan your badge, or enter your staff number and PIN."), &window);
    layout->addWidget(label);
    label->installEventFilter(new ShownReporter(&window));
    window.resize(1280, 800);
    window.show();
    return app.exec();
}
