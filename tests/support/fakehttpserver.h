// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 Rightsize developers
#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPair>
#include <QQueue>
#include <QUrl>

class QTcpServer;
class QTcpSocket;

/// One piece of a scripted response body, written after `delayMs`.
struct FakeChunk
{
    QByteArray bytes;
    int delayMs = 0;
};

/// A scripted HTTP/1.1 response, written byte for byte as described.
struct FakeResponse
{
    enum class Framing {
        ContentLength, ///< Content-Length header, keep-alive
        Chunked,       ///< Transfer-Encoding: chunked, keep-alive (how streaming servers answer)
        Close,         ///< no length; the body ends when the server closes (HTTP/1.0 style)
    };
    int status = 200;
    QByteArray reason; ///< empty: the standard phrase
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<FakeChunk> chunks;
    Framing framing = Framing::Chunked;
    bool truncate = false; ///< close the connection before the body's terminator / full length
    bool hang = false;     ///< after the chunks, send nothing more and never close
    int headerDelayMs = 0; ///< wait before sending the status line
    QByteArray raw;        ///< when set, written verbatim (status line included) and the connection closed

    FakeResponse &header(const QByteArray &name, const QByteArray &value);
    FakeResponse &chunk(const QByteArray &bytes, int delayMs = 0);

    /// A 200 text/event-stream response made of `chunks` (written `delayMs` apart).
    static FakeResponse sse(const QList<QByteArray> &chunks, int delayMs = 0);
    /// A 200 application/x-ndjson response made of `chunks`.
    static FakeResponse ndjson(const QList<QByteArray> &chunks, int delayMs = 0);
    /// A complete JSON response (Content-Length framing).
    static FakeResponse json(int status, const QByteArray &body);
};

/// A request the server received.
struct RecordedRequest
{
    QByteArray method;
    QByteArray path;                              ///< with the query string
    QList<QPair<QByteArray, QByteArray>> headers; ///< names as sent
    QByteArray body;

    QByteArray header(const QByteArray &name) const; ///< case-insensitive; empty if absent
    QJsonObject json() const;                        ///< the body parsed as a JSON object
    QByteArray rawHead() const;                      ///< request line and headers as text
};

/// An in-process HTTP/1.1 server on 127.0.0.1 (a free port) that answers each request with
/// the next scripted FakeResponse, so tests can inject every fault a real provider shows:
/// split chunks, CRLF or LF, delays, truncation, hangs, error statuses with Retry-After.
/// Records every request for assertions. Never touches anything but loopback.
class FakeHttpServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeHttpServer(QObject *parent = nullptr);
    ~FakeHttpServer() override;

    bool isListening() const;
    quint16 port() const;
    /// "http://127.0.0.1:<port>" followed by `path` (e.g. "/v1").
    QUrl url(const QString &path = {}) const;

    void enqueue(const FakeResponse &response);
    /// Served when the queue is empty (default: 500 with a JSON error naming the problem).
    void setFallback(const FakeResponse &response) { m_fallback = response; }

    QList<RecordedRequest> requests() const { return m_requests; }
    int requestCount() const { return int(m_requests.size()); }
    int connectionCount() const { return m_connections; }
    int pendingResponses() const { return int(m_queue.size()); }

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket *socket);
    void respond(QTcpSocket *socket, const FakeResponse &response);

    QTcpServer *m_server = nullptr;
    QQueue<FakeResponse> m_queue;
    FakeResponse m_fallback;
    QList<RecordedRequest> m_requests;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QHash<QTcpSocket *, bool> m_busy; ///< a response is still being written on this socket
    int m_connections = 0;
};
