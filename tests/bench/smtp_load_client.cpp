// The load generator of tests/bench/smtp_load.py, in C++ so that the client
// is not what limits the rate it measures (a Python client spends more CPU
// per round trip than smtp-sink does): like Postfix's smtp-source, plus AUTH.
//
//   smtp_load_client PORT SESSIONS MESSAGES CREDENTIALS pipelined|lockstep
//
// SESSIONS concurrent connections to 127.0.0.1:PORT each do EHLO, AUTH PLAIN
// CREDENTIALS (base64) and MESSAGES messages: lockstep waits for each
// reply (MAIL, RCPT, DATA, the body); pipelined sends MAIL, RCPT and DATA
// together (RFC 2920), then the body. Prints one JSON object: accepted
// messages, seconds, and the count of each reply code.
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <string>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace {

struct Step
{
    std::string send;
    int replies = 1;
    bool message = false; // its reply says whether a message was accepted
};

struct Session
{
    int fd = -1;
    std::size_t step = 0;
    int awaited = 0;
    std::string input;
    std::string output;
    bool done = false;
};

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "smtp_load_client: %s: %s\n", what, std::strerror(errno));
    std::exit(2);
}

std::vector<Step> script(int messages, const std::string &credentials, bool pipelined)
{
    const std::string body = "From: <bench@bench.test>\r\nSubject: load\r\n\r\n" + std::string(900, 'x') + "\r\n.\r\n";
    std::vector<Step> steps;
    steps.push_back({"", 1}); // the greeting
    steps.push_back({"EHLO load.bench.test\r\n", 1});
    steps.push_back({"AUTH PLAIN " + credentials + "\r\n", 1});
    for (int i = 0; i < messages; ++i) {
        if (pipelined) {
            steps.push_back({"MAIL FROM:<bench@bench.test>\r\nRCPT TO:<sink@bench.test>\r\nDATA\r\n", 3});
        } else {
            steps.push_back({"MAIL FROM:<bench@bench.test>\r\n", 1});
            steps.push_back({"RCPT TO:<sink@bench.test>\r\n", 1});
            steps.push_back({"DATA\r\n", 1});
        }
        steps.push_back({body, 1, true});
    }
    steps.push_back({"QUIT\r\n", 1});
    return steps;
}

void flush(int epoll, Session &session)
{
    while (!session.output.empty()) {
        const ssize_t written = ::send(session.fd, session.output.data(), session.output.size(), MSG_NOSIGNAL);
        if (written < 0) {
            if (errno == EINTR) {
                continue;
            }
            if (errno != EAGAIN) {
                die("send");
            }
            epoll_event event{EPOLLIN | EPOLLOUT, {}};
            event.data.ptr = &session;
            ::epoll_ctl(epoll, EPOLL_CTL_MOD, session.fd, &event);
            return;
        }
        session.output.erase(0, std::size_t(written));
    }
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 6) {
        std::fprintf(stderr, "usage: %s PORT SESSIONS MESSAGES CREDENTIALS pipelined|lockstep\n", argv[0]);
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const int sessionCount = std::atoi(argv[2]);
    const std::vector<Step> steps = script(std::atoi(argv[3]), argv[4], std::strcmp(argv[5], "pipelined") == 0);

    const int epoll = ::epoll_create1(EPOLL_CLOEXEC);
    std::vector<Session> sessions(static_cast<std::size_t>(sessionCount));
    std::map<std::string, long> codes;
    long accepted = 0;
    int open = sessionCount;
    const auto started = std::chrono::steady_clock::now();
    for (Session &session : sessions) {
        session.fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
        sockaddr_in address{};
        address.sin_family = AF_INET;
        address.sin_port = htons(uint16_t(port));
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        if (::connect(session.fd, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0) {
            die("connect");
        }
        const int one = 1;
        ::setsockopt(session.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
        session.awaited = steps.front().replies;
        epoll_event event{EPOLLIN, {}};
        event.data.ptr = &session;
        ::epoll_ctl(epoll, EPOLL_CTL_ADD, session.fd, &event);
    }
    std::vector<epoll_event> events(static_cast<std::size_t>(sessionCount));
    char buffer[65536];
    while (open > 0) {
        const int ready = ::epoll_wait(epoll, events.data(), sessionCount, 60000);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        if (ready <= 0) {
            die("epoll_wait (no reply within a minute)");
        }
        for (int e = 0; e < ready; ++e) {
            Session &session = *static_cast<Session *>(events[std::size_t(e)].data.ptr);
            if (events[std::size_t(e)].events & EPOLLOUT) {
                epoll_event event{EPOLLIN, {}};
                event.data.ptr = &session;
                ::epoll_ctl(epoll, EPOLL_CTL_MOD, session.fd, &event);
                flush(epoll, session);
            }
            if (!(events[std::size_t(e)].events & (EPOLLIN | EPOLLHUP | EPOLLERR))) {
                continue;
            }
            const ssize_t got = ::recv(session.fd, buffer, sizeof buffer, 0);
            if (got < 0 && (errno == EAGAIN || errno == EINTR)) {
                continue;
            }
            if (got <= 0) {
                if (!session.done) {
                    std::fprintf(stderr, "smtp_load_client: connection closed at step %zu\n", session.step);
                    return 2;
                }
                ::close(session.fd);
                --open;
                continue;
            }
            session.input.append(buffer, std::size_t(got));
            std::size_t start = 0;
            for (std::size_t newline; (newline = session.input.find('\n', start)) != std::string::npos;) {
                const std::string line = session.input.substr(start, newline - start);
                start = newline + 1;
                if (line.size() >= 4 && line[3] == '-') {
                    continue; // a continuation line
                }
                const std::string code = line.substr(0, 3);
                ++codes[code];
                if (steps[session.step].message && code == "250") {
                    ++accepted;
                }
                if (--session.awaited > 0) {
                    continue;
                }
                if (++session.step == steps.size()) {
                    session.done = true; // QUIT answered; the server closes
                    continue;
                }
                session.awaited = steps[session.step].replies;
                session.output += steps[session.step].send;
                flush(epoll, session);
            }
            session.input.erase(0, start);
        }
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("{\"accepted\": %ld, \"seconds\": %.6f, \"codes\": {", accepted, seconds);
    const char *separator = "";
    for (const auto &[code, count] : codes) {
        std::printf("%s\"%s\": %ld", separator, code.c_str(), count);
        separator = ", ";
    }
    std::printf("}}\n");
    return 0;
}
