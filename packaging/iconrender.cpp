// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
//
// Build tool (never installed): renders the application's SVG icon to the PNG sizes of the
// hicolor icon theme. Usage: smslog-iconrender ICON.svg OUTDIR NAME SIZE...
// writes OUTDIR/<SIZE>x<SIZE>/apps/NAME.png for each SIZE. Exit code 1 on any failure.
// Runs without a display (the build runs it with QT_QPA_PLATFORM=offscreen).
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: smslog-iconrender ICON.svg OUTDIR NAME SIZE...\n");
        return 1;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "smslog-iconrender: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir outDir(args.at(2));
    const QString name = args.at(3);
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "smslog-iconrender: bad size %s\n", qPrintable(args.at(i)));
            return 1;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
            // The SVG's view box is square; keep its aspect ratio anyway, centred.
            QSizeF drawn = renderer.viewBoxF().size();
            drawn.scale(size, size, Qt::KeepAspectRatio);
            renderer.render(&painter,
                            QRectF(QPointF((size - drawn.width()) / 2, (size - drawn.height()) / 2), drawn));
        }
        const QString subdir = QStringLiteral("%1x%1/apps").arg(size);
        if (!outDir.mkpath(subdir)) {
            std::fprintf(stderr, "smslog-iconrender: cannot create %s\n",
                         qPrintable(outDir.filePath(subdir)));
            return 1;
        }
        const QString file = outDir.filePath(subdir + u'/' + name + QStringLiteral(".png"));
        if (!image.convertToFormat(QImage::Format_ARGB32).save(file, "PNG")) {
            std::fprintf(stderr, "smslog-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
