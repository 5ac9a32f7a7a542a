#include "wallcommand.h"

#include "wallclient.h"
#include "wallconfig.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>

namespace yw::admin {

namespace {
enum Exit { Ok = 0, Refused = 1, BadArguments = 2, Unreachable = 3 };

// A word of the line protocol: quoted when it has spaces or quotes.
QString quoted(QString word)
{
    if (!word.isEmpty() && !word.contains(QLatin1Char(' ')) && !word.contains(QLatin1Char('"'))
        && !word.contains(QLatin1Char('\\')))
        return word;
    word.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}
} // namespace

int WallAdminCommand::send(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption address(QStringLiteral("address"), QStringLiteral("The wall's TCP control, host:port."),
                                     QStringLiteral("host:port"));
    const QCommandLineOption config(QStringLiteral("wall-config"), QStringLiteral("Take the address from the wall file."),
                                    QStringLiteral("file"));
    p.addOptions({address, config});
    p.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!p.parse(args)) {
        m_err << "yiwang-admin wall: " << p.errorText() << Qt::endl;
        return BadArguments;
    }
    const QStringList words = p.positionalArguments();
    if (words.isEmpty()) {
        m_err << "yiwang-admin wall: give a command, e.g. yiwang-admin wall status (help lists them)" << Qt::endl;
        return BadArguments;
    }
    QString host = QStringLiteral("127.0.0.1");
    int port = 7010;
    if (p.isSet(config)) {
        auto wall = yw::wall::WallConfig::load(p.value(config));
        if (!wall) {
            m_err << "yiwang-admin wall: " << wall.error().message << Qt::endl;
            return BadArguments;
        }
        if (!wall.value().tcp().port) {
            m_err << "yiwang-admin wall: the wall file opens no TCP control port" << Qt::endl;
            return BadArguments;
        }
        host = wall.value().bind().toString();
        if (host == QLatin1String("0.0.0.0"))
            host = QStringLiteral("127.0.0.1");
        port = wall.value().tcp().port;
    }
    if (p.isSet(address)) {
        const QString a = p.value(address);
        const int colon = a.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        port = colon > 0 ? a.mid(colon + 1).toInt(&ok) : 0;
        if (!ok || port <= 0 || port > 65535) {
            m_err << "yiwang-admin wall: --address is host:port" << Qt::endl;
            return BadArguments;
        }
        host = a.left(colon);
    }
    const QString token = qEnvironmentVariable("YIWANG_WALL_TOKEN");
    if (token.isEmpty()) {
        m_err << "yiwang-admin wall: set YIWANG_WALL_TOKEN to the wall's token" << Qt::endl;
        return BadArguments;
    }
    QStringList line;
    for (const QString &w : words)
        line << quoted(w);
    auto reply = yw::wall::WallClient(host, quint16(port), token).send(line.join(QLatin1Char(' ')));
    if (!reply) {
        m_err << "yiwang-admin wall: " << reply.error().message << Qt::endl;
        return Unreachable;
    }
    const bool ok = reply.value().startsWith(QLatin1String("OK"));
    (ok ? m_out : m_err) << reply.value() << Qt::endl;
    return ok ? Ok : Refused;
}

int WallAdminCommand::token(const QStringList &args)
{
    QCommandLineParser p;
    const QCommandLineOption name(QStringLiteral("name"), QStringLiteral("Who uses it (the audit log's name)."),
                                  QStringLiteral("name"));
    const QCommandLineOption role(QStringLiteral("role"), QStringLiteral("operate or control."), QStringLiteral("role"));
    p.addOptions({name, role});
    if (!p.parse(args) || p.value(name).isEmpty()
        || (p.value(role) != QLatin1String("operate") && p.value(role) != QLatin1String("control"))) {
        m_err << "yiwang-admin wall-token: give --name N --role operate|control" << Qt::endl;
        return BadArguments;
    }
    // 32 random bytes from the system's generator, as URL-safe text.
    QByteArray bytes(32, '\0');
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    const QString token = QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const QJsonObject entry{{QStringLiteral("name"), p.value(name)},
                            {QStringLiteral("role"), p.value(role)},
                            {QStringLiteral("sha256"), yw::wall::WallConfig::hashToken(token)}};
    m_out << "token (give it to the client; it is not kept anywhere): " << token << "\n"
          << "for the wall file's control.tokens: " << QJsonDocument(entry).toJson(QJsonDocument::Compact) << Qt::endl;
    return Ok;
}

} // namespace yw::admin
