#pragma once

#include <QByteArray>
#include <QString>

#include <utility>

namespace wh::test {

// Runs the contract's validator (tools/protocol-validate.py over docs/protocol/*.json) on a capture of MQTT
// messages, `topic<TAB>json` a line. Returns its exit code (0: every message holds to the contract; -1: it
// could not run) and its output, which names every failure.
std::pair<int, QString> validateCapture(const QByteArray& capture);

} // namespace wh::test
