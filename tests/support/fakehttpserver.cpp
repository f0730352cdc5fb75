// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#include "fakehttpserver.h"

#include <QJsonDocument>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <functional>

namespace {
QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 529:
        return "Overloaded";
    default:
        return "Status";
    }
}

/// Writes a scripted response step by step, honouring each step's delay.
class ResponseWriter : public QObject
{
public:
    struct Step
    {
        QByteArray bytes;
        int delayMs;
    };
    explicit ResponseWriter(QTcpSocket *socket)
        : QObject(socket)
        , m_socket(socket)
    { }

    QList<Step> steps;
    std::function<void()> onDone;

    void next()
    {
        if (m_index == steps.size()) {
            auto done = std::move(onDone);
            deleteLater();
            if (done)
                done();
            return;
        }
        const Step &step = steps.at(m_index);
        if (step.delayMs > 0)
            QTimer::singleShot(step.delayMs, this, [this] { writeCurrent(); });
        else
            writeCurrent();
    }

private:
    void writeCurrent()
    {
        m_socket->write(steps.at(m_index).bytes);
        m_socket->flush();
        ++m_index;
        next();
    }
    QTcpSocket *m_socket;
    qsizetype m_index = 0;
};
} // namespace

FakeResponse &FakeResponse::header(const QByteArray &name, const QByteArray &value)
{
    headers.append({name, value});
    return *this;
}

FakeResponse &FakeResponse::chunk(const QByteArray &bytes, int delayMs)
{
    chunks.append({bytes, delayMs});
    return *this;
}

FakeResponse FakeResponse::sse(const QList<QByteArray> &parts, int delayMs)
{
    FakeResponse response;
    response.header("Content-Type", "text/event-stream").header("Cache-Control", "no-cache");
    for (const QByteArray &part : parts)
        response.chunk(part, delayMs);
    return response;
}

FakeResponse FakeResponse::ndjson(const QList<QByteArray> &parts, int delayMs)
{
    FakeResponse response;
    response.header("Content-Type", "application/x-ndjson");
    for (const QByteArray &part : parts)
        response.chunk(part, delayMs);
    return response;
}

FakeResponse FakeResponse::json(int status, const QByteArray &body)
{
    FakeResponse response;
    response.status = status;
    response.framing = Framing::ContentLength;
    response.header("Content-Type", "application/json");
    response.chunk(body);
    return response;
}

QByteArray RecordedRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray RecordedRequest::rawHead() const
{
    QByteArray head = method + ' ' + path + " HTTP/1.1\r\n";
    for (const auto &[key, value] : headers)
        head += key + ": " + value + "\r\n";
    return head;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
    , m_server(new QTcpServer(this))
{
    m_fallback = FakeResponse::json(
        500, R"({"error":{"message":"FakeHttpServer: no scripted response left","type":"test_error"}})");
    connect(m_server, &QTcpServer::newConnection, this, &FakeHttpServer::onNewConnection);
    m_server->listen(QHostAddress::LocalHost, 0);
}

FakeHttpServer::~FakeHttpServer()
{
    // Hanging connections must not outlive the test's server.
    for (QTcpSocket *socket : m_buffers.keys()) {
        socket->disconnect(this);
        socket->abort();
    }
}

bool FakeHttpServer::isListening() const
{
    return m_server->isListening();
}

quint16 FakeHttpServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

void FakeHttpServer::enqueue(const FakeResponse &response)
{
    m_queue.enqueue(response);
}

void FakeHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        ++m_connections;
        socket->setParent(this);
        m_buffers.insert(socket, {});
        m_busy.insert(socket, false);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            m_busy.remove(socket);
            socket->deleteLater();
        });
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    while (!m_busy.value(socket)) {
        const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headEnd).split('\n');
        RecordedRequest request;
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        qsizetype contentLength = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("content-length", Qt::CaseInsensitive) == 0)
                contentLength = value.toLongLong();
        }
        if (buffer.size() < headEnd + 4 + contentLength)
            return; // body still arriving
        request.body = buffer.mid(headEnd + 4, contentLength);
        buffer.remove(0, headEnd + 4 + contentLength);
        m_requests.append(request);
        respond(socket, m_queue.isEmpty() ? m_fallback : m_queue.dequeue());
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const FakeResponse &response)
{
    m_busy[socket] = true;
    QPointer<QTcpSocket> guard(socket);

    if (!response.raw.isEmpty()) {
        QTimer::singleShot(response.headerDelayMs, this, [guard, raw = response.raw] {
            if (!guard)
                return;
            guard->write(raw);
            guard->flush();
            guard->disconnectFromHost();
        });
        return;
    }

    qsizetype total = 0;
    for (const FakeChunk &chunk : response.chunks)
        total += chunk.bytes.size();
    QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' +
        (response.reason.isEmpty() ? reasonPhrase(response.status) : response.reason) + "\r\n";
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    switch (response.framing) {
    case FakeResponse::Framing::ContentLength:
        // A truncated body promises more than it sends.
        head += "Content-Length: " + QByteArray::number(total + (response.truncate ? 100 : 0)) + "\r\n";
        break;
    case FakeResponse::Framing::Chunked:
        head += "Transfer-Encoding: chunked\r\n";
        break;
    case FakeResponse::Framing::Close:
        head += "Connection: close\r\n";
        break;
    }
    head += "\r\n";

    // Each step runs after the previous one, so delays add up like a real stream's. The
    // writer is a child of the socket: it dies with it, whatever state the script is in.
    auto *writer = new ResponseWriter(socket);
    writer->steps.append({head, response.headerDelayMs});
    for (const FakeChunk &chunk : response.chunks) {
        QByteArray bytes = chunk.bytes;
        if (response.framing == FakeResponse::Framing::Chunked) {
            if (bytes.isEmpty())
                continue; // an empty chunk would be the terminator
            bytes = QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n";
        }
        writer->steps.append({bytes, chunk.delayMs});
    }
    const bool keepAlive = response.framing != FakeResponse::Framing::Close && !response.truncate && !response.hang;
    if (response.framing == FakeResponse::Framing::Chunked && !response.truncate && !response.hang)
        writer->steps.append({QByteArrayLiteral("0\r\n\r\n"), 0});
    writer->onDone = [this, guard, keepAlive, hang = response.hang] {
        if (!guard)
            return;
        if (hang)
            return; // keep the socket open and silent until the test ends
        if (!keepAlive) {
            guard->flush();
            guard->disconnectFromHost();
            return;
        }
        m_busy[guard.data()] = false;
        if (guard->bytesAvailable() || !m_buffers.value(guard.data()).isEmpty())
            onReadyRead(guard.data());
    };
    writer->next();
}
