// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Build tool (never installed), Qt Core only.
//
//   smslog-pseudolocale pseudo IN.ts OUT.ts LANGUAGE
//     Writes OUT.ts: every message of IN.ts (the English source file) translated into the
//     pseudo-locale, "Open cache…" → "⟦Öƥëñ çáçĥë…⟧": wrapped in ⟦ ⟧ and with accented letters,
//     so that any text shown without the marks was never translated. %1, %L1, %n, %Ln, %%,
//     HTML tags, entities (&amp;) and accelerators (&Open keeps its O, &&) are kept as they are.
//     Numerus messages get both English forms (from IN.ts's English translation when it has
//     one, else "(s)" removed and turned into "s"). Disambiguation comments are kept.
//   smslog-pseudolocale english-plurals FILE.ts
//     Fills, in place, the English forms of numerus messages that have none (singular: "(s)"
//     removed; plural: "(s)" → "s"), so that "%n row(s) copied." shows "1 row copied." and
//     "2 rows copied.". Run after lupdate by the update_translations target.
//
// Exit code 0, or 1 with a message on stderr.
#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

namespace {

struct Message {
    QString source;
    QString comment; // disambiguation
    bool numerus = false;
    QStringList englishForms; // the English numerus translation, when the file has one
};

struct Context {
    QString name;
    QList<Message> messages;
};

QString accented(QChar c)
{
    static const QString lower = QStringLiteral("áƀçďëƒĝĥïĵķļɱñöƥʠŕšţüṽŵẋÿž");
    static const QString upper = QStringLiteral("ÅƁÇĎËƑĜĤÏĴĶĻṀÑÖƤǪŔŠŢÜṼŴẊŸŽ");
    if (c >= u'a' && c <= u'z')
        return lower.at(c.unicode() - u'a');
    if (c >= u'A' && c <= u'Z')
        return upper.at(c.unicode() - u'A');
    return QString(c);
}

// The pseudo-translation of one text (see the file's header).
QString pseudo(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("\\G%(%|L?n|L?[0-9]{1,2})"));
    static const QRegularExpression tag(QStringLiteral("\\G</?[A-Za-z][^<>]*>"));
    static const QRegularExpression entity(QStringLiteral("\\G&(#[0-9]+|#x[0-9A-Fa-f]+|[A-Za-z]+);"));
    QString out = QStringLiteral("⟦");
    qsizetype i = 0;
    while (i < text.size()) {
        const QChar c = text.at(i);
        QRegularExpressionMatch m;
        if (c == u'%' && (m = placeholder.match(text, i)).hasMatch()) {
            out += m.captured();
            i += m.capturedLength();
        } else if (c == u'<' && (m = tag.match(text, i)).hasMatch()) {
            out += m.captured();
            i += m.capturedLength();
        } else if (c == u'&' && (m = entity.match(text, i)).hasMatch()) {
            out += m.captured();
            i += m.capturedLength();
        } else if (c == u'&' && i + 1 < text.size()) {
            // "&&" is a literal ampersand; "&O" marks O as the accelerator: both kept.
            out += text.mid(i, 2);
            i += 2;
        } else {
            out += accented(c);
            ++i;
        }
    }
    return out + QStringLiteral("⟧");
}

QString singular(const QString &text)
{
    return QString(text).remove(QStringLiteral("(s)"));
}

QString plural(const QString &text)
{
    return QString(text).replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

bool fail(const QString &message)
{
    std::fprintf(stderr, "smslog-pseudolocale: %s\n", qPrintable(message));
    return false;
}

bool readTs(const QString &path, QList<Context> &contexts)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    QXmlStreamReader xml(&file);
    Context *context = nullptr;
    Message *message = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                contexts.append(Context());
                context = &contexts.last();
            } else if (name == u"name" && context && !message) {
                context->name = xml.readElementText();
            } else if (name == u"message" && context) {
                context->messages.append(Message());
                message = &context->messages.last();
                message->numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            } else if (name == u"source" && message) {
                message->source = xml.readElementText();
            } else if (name == u"comment" && message) {
                message->comment = xml.readElementText();
            } else if (name == u"numerusform" && message) {
                message->englishForms.append(xml.readElementText());
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"message")
                message = nullptr;
            else if (xml.name() == u"context")
                context = nullptr;
        }
    }
    if (xml.hasError())
        return fail(QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString()));
    return true;
}

bool writePseudo(const QList<Context> &contexts, const QString &path, const QString &language)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    xml.writeStartElement(QStringLiteral("TS"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
    xml.writeAttribute(QStringLiteral("language"), language);
    xml.writeAttribute(QStringLiteral("sourcelanguage"), QStringLiteral("en"));
    for (const Context &context : contexts) {
        xml.writeStartElement(QStringLiteral("context"));
        xml.writeTextElement(QStringLiteral("name"), context.name);
        for (const Message &message : context.messages) {
            xml.writeStartElement(QStringLiteral("message"));
            if (message.numerus)
                xml.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            xml.writeTextElement(QStringLiteral("source"), message.source);
            if (!message.comment.isEmpty())
                xml.writeTextElement(QStringLiteral("comment"), message.comment);
            xml.writeStartElement(QStringLiteral("translation"));
            if (message.numerus) {
                const bool hasEnglish = message.englishForms.size() == 2
                    && !message.englishForms.at(0).isEmpty() && !message.englishForms.at(1).isEmpty();
                xml.writeTextElement(
                    QStringLiteral("numerusform"),
                    pseudo(hasEnglish ? message.englishForms.at(0) : singular(message.source)));
                xml.writeTextElement(
                    QStringLiteral("numerusform"),
                    pseudo(hasEnglish ? message.englishForms.at(1) : plural(message.source)));
            } else {
                xml.writeCharacters(pseudo(message.source));
            }
            xml.writeEndElement(); // translation
            xml.writeEndElement(); // message
        }
        xml.writeEndElement(); // context
    }
    xml.writeEndElement(); // TS
    xml.writeEndDocument();
    if (xml.hasError() || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return true;
}

// Edits the file as text, so that everything else stays exactly as lupdate wrote it.
bool fillEnglishPlurals(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("cannot read %1: %2").arg(path, in.errorString()));
    const QString text = QString::fromUtf8(in.readAll());
    in.close();
    static const QRegularExpression message(
        QStringLiteral(
            "(<message "
            "numerus=\"yes\">\\s*(?:<location[^>]*/>\\s*)*<source>([^<]*)</source>(?:(?!</message>).)*?)"
            "<translation type=\"unfinished\">\\s*<numerusform></numerusform>\\s*"
            "<numerusform></numerusform>\\s*</translation>"),
        QRegularExpression::DotMatchesEverythingOption);
    QString out;
    qsizetype last = 0;
    int filled = 0;
    for (auto it = message.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString source = m.captured(2);
        out += QStringView(text).mid(last, m.capturedStart() - last);
        out += m.captured(1);
        out += QStringLiteral("<translation>\n            <numerusform>%1</numerusform>\n"
                              "            <numerusform>%2</numerusform>\n        </translation>")
                   .arg(singular(source), plural(source));
        last = m.capturedEnd();
        ++filled;
    }
    out += QStringView(text).mid(last);
    if (filled == 0)
        return true;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(out.toUtf8()) < 0 || !file.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    std::printf("smslog-pseudolocale: %d English plural form(s) filled in %s\n", filled, qPrintable(path));
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() == 5 && args.at(1) == u"pseudo") {
        QList<Context> contexts;
        if (!readTs(args.at(2), contexts) || !writePseudo(contexts, args.at(3), args.at(4)))
            return 1;
        return 0;
    }
    if (args.size() == 3 && args.at(1) == u"english-plurals")
        return fillEnglishPlurals(args.at(2)) ? 0 : 1;
    std::fprintf(stderr,
                 "usage: smslog-pseudolocale pseudo IN.ts OUT.ts LANGUAGE\n"
                 "       smslog-pseudolocale english-plurals FILE.ts\n");
    return 1;
}
