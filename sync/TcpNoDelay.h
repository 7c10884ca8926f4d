#pragma once

// Paho C does not set TCP_NODELAY on its socket, so every small MQTT packet waits for Nagle's algorithm
// and the peer's delayed ACK: about 40 ms per hop, 88 ms for a publish and its answer on the loopback. Paho
// offers no hook to its socket, so after a connect we find it among the process's descriptors by the
// broker's address and set the option ourselves (Linux; harmless where it finds nothing). Header-only: the
// engine and the reference central service (which links only the protocol library) both use it.

#include <QString>
#include <QUrl>

#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

#include <cstdlib>

namespace wh::protocol {

// Sets TCP_NODELAY on every TCP socket of this process connected to the broker's port; returns how many.
inline int disableNagleTowards(const QString& brokerUri)
{
    const int port = QUrl(brokerUri).port(-1);
    if (port <= 0)
        return 0;
    int changed = 0;
    DIR* dir = ::opendir("/proc/self/fd");
    if (!dir)
        return 0;
    while (const dirent* entry = ::readdir(dir)) {
        const int fd = std::atoi(entry->d_name);
        if (fd <= 2)
            continue;
        sockaddr_storage peer{};
        socklen_t length = sizeof(peer);
        if (::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &length) != 0)
            continue;
        int peerPort = -1;
        if (peer.ss_family == AF_INET)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in*>(&peer)->sin_port);
        else if (peer.ss_family == AF_INET6)
            peerPort = ntohs(reinterpret_cast<const sockaddr_in6*>(&peer)->sin6_port);
        if (peerPort != port)
            continue;
        const int one = 1;
        if (::setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one)) == 0)
            ++changed;
    }
    ::closedir(dir);
    return changed;
}

} // namespace wh::protocol
