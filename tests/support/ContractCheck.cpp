#include "ContractCheck.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace wh::test {

std::pair<int, QString> validateCapture(const QByteArray& capture)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capture.txt"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(capture) != capture.size())
        return {-1, QStringLiteral("cannot write the capture")};
    file.close();
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral("/usr/bin/python3"),
                  {QStringLiteral(WH_SOURCE_DIR "/tools/protocol-validate.py"), path});
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return {-1, QStringLiteral("the validator did not finish: ") + process.errorString()};
    return {process.exitCode(), QString::fromUtf8(process.readAll())};
}

} // namespace wh::test
