// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "connectiondialog.h"
#include "costbreakdownmodel.h"
#include "detailpane.h"
#include "fakesource.h"
#include "filterbar.h"
#include "icons.h"
#include "logtableview.h"
#include "mainwindow.h"
#include "smslogsummary.h"
#include "smslogtablemodel.h"
#include "smsrecord.h"
#include "smsstatus.h"
#include "statusicon.h"
#include "svgstatusiconprovider.h"
#include "theme.h"
#include "totalspane.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QMenu>
#include <QPainter>
#include <QProxyStyle>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>

// Issue 7's look, checked headless:
// - every visible control of the main window and the connection dialog has an accessible name;
// - Light and Dark are complete palettes with readable text (WCAG contrast), System restores
//   the platform's style and palette exactly;
// - status icons exist for every status, tell outcomes apart by shape, stand out on both
//   palettes and are drawn at the exact device size at 1×, 1.5× and 2×; action icons follow the
//   palette; the table's status cell and the per-status totals show text and icon.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    QString m_systemStyle;
    QPalette m_systemPalette;

    // A widget a user can reach or operate: focusable, or a button, text field, combo or view.
    static bool isControl(const QWidget *w)
    {
        if (w->focusPolicy() != Qt::NoFocus)
            return true;
        return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
            || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractItemView *>(w);
    }

    // Parts of a composite control that assistive technology reaches through the control
    // itself: the line edit of an editable combo or spin box, the buttons Qt puts into a line
    // edit (clear button), a view's headers (the table interface exposes them as its header
    // cells), a scroll area's viewport and scroll bars.
    static bool isInnerPart(const QWidget *w)
    {
        if (qobject_cast<const QHeaderView *>(w))
            return true;
        for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
                || qobject_cast<const QLineEdit *>(p))
                return true;
        }
        return false;
    }

    static QString describe(const QWidget *w)
    {
        QString text = QString::fromLatin1(w->metaObject()->className());
        if (!w->objectName().isEmpty())
            text += QLatin1Char('#') + w->objectName();
        if (const auto *button = qobject_cast<const QAbstractButton *>(w))
            text += QStringLiteral(" \"%1\"").arg(button->text());
        if (const auto *label = qobject_cast<const QLabel *>(w))
            text += QStringLiteral(" \"%1\"").arg(label->text().left(40));
        if (w->parentWidget())
            text += QStringLiteral(" in %1").arg(
                QString::fromLatin1(w->parentWidget()->metaObject()->className()) + QLatin1Char('#')
                + w->parentWidget()->objectName());
        return text;
    }

    // Every visible control under `root` without an accessible name.
    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        QList<QWidget *> widgets = root->findChildren<QWidget *>();
        widgets.prepend(root);
        for (QWidget *w : std::as_const(widgets)) {
            if (!w->isVisible() || !isControl(w) || isInnerPart(w) || w->isWindow())
                continue;
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
            const QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
            if (name.isEmpty())
                unnamed.append(describe(w));
        }
        return unnamed;
    }

    // The name of the application style, or of the style it is a proxy for.
    static QString fusionName()
    {
        QStyle *style = QApplication::style();
        if (auto *proxy = qobject_cast<QProxyStyle *>(style))
            style = proxy->baseStyle();
        return style->name().toLower();
    }

    static int controlCount(QWidget *root)
    {
        int count = 0;
        const QList<QWidget *> widgets = root->findChildren<QWidget *>();
        for (const QWidget *w : widgets)
            count += w->isVisible() && isControl(w) && !isInnerPart(w) ? 1 : 0;
        return count;
    }

    // The colour that covers most fully opaque, non-white pixels: an icon's disc.
    static QColor dominantColor(const QImage &image)
    {
        QMap<QRgb, int> counts;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb pixel = image.pixel(x, y);
                if (qAlpha(pixel) == 255 && (pixel & 0xffffff) != 0xffffff)
                    ++counts[pixel];
            }
        }
        QRgb best = 0;
        int bestCount = 0;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            if (it.value() > bestCount) {
                best = it.key();
                bestCount = it.value();
            }
        }
        return bestCount ? QColor::fromRgb(best) : QColor();
    }

    static int opaquePixels(const QImage &image)
    {
        int count = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                count += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
        return count;
    }

    // The icon's shape: 1 where the pixel is mostly opaque and not white (the disc/triangle
    // without its glyph), 0 elsewhere.
    static QImage shapeOf(const QImage &image)
    {
        QImage shape(image.size(), QImage::Format_Grayscale8);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QRgb p = image.pixel(x, y);
                const bool ink = qAlpha(p) > 128 && qGray(p) < 200;
                shape.setPixel(x, y, ink ? qRgb(255, 255, 255) : qRgb(0, 0, 0));
            }
        }
        return shape;
    }

    // With SMSLOG_TEST_SCREENSHOTS=DIR, keeps a PNG of `widget` (to look at light, dark and
    // scaled renderings: run with QT_SCALE_FACTOR=2 too).
    static void snapshot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("SMSLOG_TEST_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QTest::qWait(50); // palette changes reach widgets through the event loop
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", QStringLiteral("1"));
        widget->grab().save(
            QStringLiteral("%1/%2-%3-x%4.png").arg(dir, name, themeName(currentTheme()), scale));
    }

    // With SMSLOG_TEST_SCREENSHOTS=DIR: every action and status icon at 16 px, at 1×, 1.5× and
    // 2×, on the Light and Dark windows (enabled, then disabled), for a look at their shapes.
    static void iconSheet()
    {
        const QString dir = qEnvironmentVariable("SMSLOG_TEST_SCREENSHOTS");
        if (dir.isEmpty())
            return;
        QList<QIcon> icons;
        for (const QString &name : Icons::actionNames())
            icons.append(actionIcon(name));
        for (const QString &status : SmsStatus::knownValues() + QStringList{QStringLiteral("Other")})
            icons.append(StatusIcon::icon(status));
        for (const qreal ratio : {1.0, 1.5, 2.0}) {
            const int cell = 24;
            QImage sheet(QSize(cell * int(icons.size()), cell * 4) * ratio, QImage::Format_RGB32);
            sheet.setDevicePixelRatio(ratio);
            QPainter painter(&sheet);
            int row = 0;
            for (const Theme theme : {Theme::Light, Theme::Dark}) {
                applyTheme(theme);
                for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
                    painter.fillRect(QRect(0, row * cell, cell * int(icons.size()), cell),
                                     QApplication::palette().color(QPalette::Window));
                    for (int i = 0; i < icons.size(); ++i)
                        icons.at(i).paint(&painter, QRect(i * cell + 4, row * cell + 4, 16, 16),
                                          Qt::AlignCenter, mode);
                    ++row;
                }
            }
            painter.end();
            sheet.save(QStringLiteral("%1/icons-x%2.png").arg(dir).arg(ratio));
        }
    }

    // Feeds the fake source until nothing is pending.
    static void answerEverything(FakeSource &source)
    {
        for (int i = 0; i < 50 && !source.pending().isEmpty(); ++i) {
            source.answerAll();
            QTest::qWait(5);
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale::c());
        // Headless, the platform's style is Fusion already; start from another one, as a desktop
        // would, so that System must really put a style back.
        QVERIFY(QApplication::setStyle(QStringLiteral("Windows")));
        rememberSystemTheme();
        m_systemStyle = QApplication::style()->name();
        m_systemPalette = QApplication::palette();
    }

    void cleanup() { applyTheme(Theme::System); }

    // ---- Themes --------------------------------------------------------------------------

    void themeNamesRoundTrip()
    {
        for (const Theme theme : {Theme::System, Theme::Light, Theme::Dark})
            QCOMPARE(themeFromName(themeName(theme)), theme);
        QCOMPARE(themeName(Theme::System), QStringLiteral("system"));
        QCOMPARE(themeName(Theme::Light), QStringLiteral("light"));
        QCOMPARE(themeName(Theme::Dark), QStringLiteral("dark"));
        QCOMPARE(themeFromName(QStringLiteral(" Dark ")), Theme::Dark);
        QCOMPARE(themeFromName(QStringLiteral("purple")), Theme::System);
        QCOMPARE(themeFromName(QString()), Theme::System);
    }

    void themeFromTheEnvironment()
    {
        qputenv("SMSLOG_THEME", "dark");
        QCOMPARE(startupTheme(Theme::Light), Theme::Dark);
        qputenv("SMSLOG_THEME", "nonsense");
        QCOMPARE(startupTheme(Theme::Light), Theme::Light);
        qunsetenv("SMSLOG_THEME");
        QCOMPARE(startupTheme(Theme::Light), Theme::Light);
        QVERIFY(!themeFromEnvironment());
    }

    void systemFirstChangesNothing()
    {
        // Before any other theme, System leaves the platform's look alone (no palette set, so
        // it keeps following the desktop).
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
        applyTheme(Theme::System);
        QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette));
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QVERIFY(QApplication::palette() == m_systemPalette);
    }

    void darkThenLightThenSystemRestoresThePlatformLook()
    {
        QWidget widget; // a live widget must follow too
        auto *edit = new QLineEdit(&widget);
        widget.show();
        QVERIFY(QTest::qWaitForWindowExposed(&widget));

        applyTheme(Theme::Dark);
        QCOMPARE(currentTheme(), Theme::Dark);
        QCOMPARE(fusionName(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette() == darkPalette());
        QVERIFY(isDarkPalette(QApplication::palette()));
        QTRY_COMPARE(edit->palette().color(QPalette::Base), darkPalette().color(QPalette::Base));
        QCOMPARE(QToolTip::palette().color(QPalette::Window), darkPalette().color(QPalette::ToolTipBase));

        // Table grid lines stay visible on the dark Base.
        {
            QStyleOption option;
            option.palette = QApplication::palette();
            const QColor grid = QColor::fromRgba(
                QRgb(QApplication::style()->styleHint(QStyle::SH_Table_GridLineColor, &option)));
            QVERIFY2(contrastRatio(grid, darkPalette().color(QPalette::Base)) >= 1.5,
                     qPrintable(grid.name()));
        }

        applyTheme(Theme::Light);
        QCOMPARE(fusionName(), QStringLiteral("fusion"));
        QVERIFY(QApplication::palette() == lightPalette());
        QVERIFY(!isDarkPalette(QApplication::palette()));
        QTRY_COMPARE(edit->palette().color(QPalette::Base), lightPalette().color(QPalette::Base));

        applyTheme(Theme::System);
        QCOMPARE(currentTheme(), Theme::System);
        QCOMPARE(QApplication::style()->name(), m_systemStyle);
        QCOMPARE(m_systemStyle.toLower(), QStringLiteral("windows"));
        for (int g = 0; g < QPalette::NColorGroups; ++g) {
            for (int r = 0; r < QPalette::NColorRoles; ++r) {
                const auto group = QPalette::ColorGroup(g);
                const auto role = QPalette::ColorRole(r);
                if (QApplication::palette().brush(group, role) != m_systemPalette.brush(group, role))
                    QFAIL(qPrintable(QStringLiteral("group %1 role %2: %3 instead of %4")
                                         .arg(g)
                                         .arg(r)
                                         .arg(QApplication::palette().color(group, role).name(),
                                              m_systemPalette.color(group, role).name())));
            }
        }
        QVERIFY(QApplication::palette() == m_systemPalette);
        QTRY_COMPARE(edit->palette().color(QPalette::Base), m_systemPalette.color(QPalette::Base));
    }

    void palettesAreComplete_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::newRow("light") << lightPalette();
        QTest::newRow("dark") << darkPalette();
    }

    void palettesAreComplete()
    {
        QFETCH(QPalette, palette);
        for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
            for (int r = 0; r < QPalette::NColorRoles; ++r) {
                const auto role = QPalette::ColorRole(r);
                if (role == QPalette::NoRole)
                    continue;
                QVERIFY2(palette.isBrushSet(group, role),
                         qPrintable(QStringLiteral("group %1, role %2 not set").arg(int(group)).arg(r)));
                QVERIFY2(palette.color(group, role).isValid(),
                         qPrintable(QStringLiteral("group %1, role %2 invalid").arg(int(group)).arg(r)));
            }
        }
        // Disabled text looks different from enabled text, and links from text.
        QVERIFY(palette.color(QPalette::Disabled, QPalette::Text)
                != palette.color(QPalette::Active, QPalette::Text));
        QVERIFY(palette.color(QPalette::Active, QPalette::Link)
                != palette.color(QPalette::Active, QPalette::Text));
    }

    void palettesAreReadable_data()
    {
        QTest::addColumn<QPalette>("palette");
        QTest::addColumn<int>("group");
        QTest::addColumn<int>("foreground");
        QTest::addColumn<int>("background");
        QTest::addColumn<double>("minimum");
        struct Pair {
            const char *name;
            QPalette::ColorRole fg, bg;
        };
        const Pair pairs[] = {
            {"WindowText/Window", QPalette::WindowText, QPalette::Window},
            {"Text/Base", QPalette::Text, QPalette::Base},
            {"Text/AlternateBase", QPalette::Text, QPalette::AlternateBase},
            {"ButtonText/Button", QPalette::ButtonText, QPalette::Button},
            {"HighlightedText/Highlight", QPalette::HighlightedText, QPalette::Highlight},
            {"ToolTipText/ToolTipBase", QPalette::ToolTipText, QPalette::ToolTipBase},
            {"Link/Base", QPalette::Link, QPalette::Base},
            {"LinkVisited/Base", QPalette::LinkVisited, QPalette::Base},
        };
        for (const auto &[schemeName, palette] :
             {std::pair{"light", lightPalette()}, std::pair{"dark", darkPalette()}}) {
            for (const auto &[groupName, group] :
                 {std::pair{"active", QPalette::Active}, std::pair{"inactive", QPalette::Inactive}}) {
                for (const Pair &pair : pairs)
                    QTest::addRow("%s %s %s", schemeName, groupName, pair.name)
                        << palette << int(group) << int(pair.fg) << int(pair.bg) << 4.5;
                QTest::addRow("%s %s PlaceholderText/Base", schemeName, groupName)
                    << palette << int(group) << int(QPalette::PlaceholderText) << int(QPalette::Base) << 3.0;
            }
            // Disabled: readable, if quieter.
            QTest::addRow("%s disabled Text/Base", schemeName)
                << palette << int(QPalette::Disabled) << int(QPalette::Text) << int(QPalette::Base) << 3.0;
            QTest::addRow("%s disabled WindowText/Window", schemeName)
                << palette << int(QPalette::Disabled) << int(QPalette::WindowText) << int(QPalette::Window)
                << 3.0;
            QTest::addRow("%s disabled ButtonText/Button", schemeName)
                << palette << int(QPalette::Disabled) << int(QPalette::ButtonText) << int(QPalette::Button)
                << 3.0;
            // Error and warning texts and frames, on both backgrounds.
            for (const QPalette::ColorRole bg : {QPalette::Window, QPalette::Base}) {
                QTest::addRow("%s error colour on %d", schemeName, int(bg))
                    << palette << -1 << -1 << int(bg) << 4.5;
                QTest::addRow("%s warning colour on %d", schemeName, int(bg))
                    << palette << -1 << -2 << int(bg) << 4.5;
            }
        }
    }

    void palettesAreReadable()
    {
        QFETCH(QPalette, palette);
        QFETCH(int, group);
        QFETCH(int, foreground);
        QFETCH(int, background);
        QFETCH(double, minimum);
        const auto colorGroup = group < 0 ? QPalette::Active : QPalette::ColorGroup(group);
        const QColor bg = palette.color(colorGroup, QPalette::ColorRole(background));
        QColor fg;
        if (foreground == -1)
            fg = errorColor(palette);
        else if (foreground == -2)
            fg = warningColor(palette);
        else
            fg = palette.color(colorGroup, QPalette::ColorRole(foreground));
        const double ratio = contrastRatio(fg, bg);
        QVERIFY2(ratio >= minimum,
                 qPrintable(QStringLiteral("%1 on %2: contrast %3, needs %4")
                                .arg(fg.name(), bg.name())
                                .arg(ratio, 0, 'f', 2)
                                .arg(minimum)));
    }

    void contrastFormulaIsWcags()
    {
        QCOMPARE(qRound(contrastRatio(Qt::black, Qt::white) * 100), 2100);
        QCOMPARE(qRound(contrastRatio(Qt::white, Qt::white) * 100), 100);
        // #767676 on white is the classic 4.54:1.
        QCOMPARE(qRound(contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
        QVERIFY(isDarkPalette(darkPalette()));
        QVERIFY(!isDarkPalette(lightPalette()));
    }

    // ---- Icons ---------------------------------------------------------------------------

    void statusIconsExistAndAreSharp_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("file");
        const QMap<QString, QString> expected{
            {QStringLiteral("Delivered"), QStringLiteral("delivered")},
            {QStringLiteral("Success"), QStringLiteral("delivered")},
            {QStringLiteral("Sent"), QStringLiteral("sent")},
            {QStringLiteral("Sending"), QStringLiteral("sending")},
            {QStringLiteral("Undelivered"), QStringLiteral("failed")},
            {QStringLiteral("Failed"), QStringLiteral("failed")},
            {QStringLiteral("Error"), QStringLiteral("error")},
            {QStringLiteral("Low Balance"), QStringLiteral("error")},
        };
        const QStringList known = SmsStatus::knownValues();
        for (const QString &status : known) {
            QVERIFY2(expected.contains(status), qPrintable(status + QStringLiteral(" has no expected icon")));
            QTest::newRow(qPrintable(status)) << status << expected.value(status);
        }
        QTest::newRow("Queued (not OneUptime's)") << QStringLiteral("Queued") << QStringLiteral("unknown");
        QTest::newRow("garbage") << QStringLiteral("\u00e9\u00e8 42") << QStringLiteral("unknown");
    }

    void statusIconsExistAndAreSharp()
    {
        QFETCH(QString, status);
        QFETCH(QString, file);
        QCOMPARE(StatusIcon::name(status), file);
        QVERIFY(QFile::exists(StatusIcon::resourcePath(status)));
        const QIcon icon = StatusIcon::icon(status);
        QVERIFY(!icon.isNull());
        for (const qreal ratio : {1.0, 1.5, 2.0}) {
            const QPixmap pixmap = icon.pixmap(QSize(16, 16), ratio);
            const int device = qRound(16 * ratio);
            QCOMPARE(pixmap.size(), QSize(device, device)); // drawn for the device, not scaled
            QCOMPARE(pixmap.devicePixelRatio(), ratio);
            const QImage image = pixmap.toImage();
            QVERIFY2(opaquePixels(image) > device * device / 3, "the icon is (nearly) empty");
            // The disc stands out on both palettes' backgrounds (WCAG 1.4.11: 3:1).
            const QColor fill = dominantColor(image);
            QVERIFY(fill.isValid());
            for (const QPalette &palette : {lightPalette(), darkPalette()}) {
                for (const QPalette::ColorRole bg :
                     {QPalette::Base, QPalette::AlternateBase, QPalette::Window}) {
                    const double ratioToBg = contrastRatio(fill, palette.color(bg));
                    QVERIFY2(ratioToBg >= 3.0,
                             qPrintable(QStringLiteral("%1 on %2: %3")
                                            .arg(fill.name(), palette.color(bg).name())
                                            .arg(ratioToBg)));
                }
            }
        }
        QVERIFY(StatusIcon::icon(QString()).isNull());
    }

    void statusIconsDifferByShape()
    {
        // One status per icon; every pair of icons differs in shape, not only in colour.
        const QStringList statuses{QStringLiteral("Delivered"), QStringLiteral("Sent"),
                                   QStringLiteral("Sending"),   QStringLiteral("Failed"),
                                   QStringLiteral("Error"),     QStringLiteral("Other")};
        QList<QImage> shapes;
        for (const QString &status : statuses) {
            const QImage image = StatusIcon::icon(status).pixmap(QSize(32, 32), 1.0).toImage();
            // Glyph pixels (white) count as "not ink", so a tick and a cross give other shapes.
            shapes.append(shapeOf(image));
        }
        for (int i = 0; i < shapes.size(); ++i) {
            for (int j = i + 1; j < shapes.size(); ++j) {
                int differing = 0;
                for (int y = 0; y < 32; ++y)
                    for (int x = 0; x < 32; ++x)
                        differing += shapes[i].pixel(x, y) != shapes[j].pixel(x, y) ? 1 : 0;
                QVERIFY2(differing >= 20,
                         qPrintable(QStringLiteral("%1 and %2 differ in %3 pixels only")
                                        .arg(statuses[i], statuses[j])
                                        .arg(differing)));
            }
        }
    }

    void actionIconsFollowThePalette()
    {
        const QStringList names = Icons::actionNames();
        QVERIFY(names.size() >= 12);
        for (const QString &name : names) {
            const QIcon icon = actionIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QVERIFY(QFile::exists(QStringLiteral(":/smslog/icons/actions/%1.svg").arg(name)));
            for (const qreal ratio : {1.0, 1.5, 2.0}) {
                const QPixmap pixmap = icon.pixmap(QSize(16, 16), ratio);
                QCOMPARE(pixmap.size(), QSize(qRound(16 * ratio), qRound(16 * ratio)));
                QVERIFY2(opaquePixels(pixmap.toImage()) > 10, qPrintable(name));
            }
        }
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("no icon called")));
        QVERIFY(actionIcon(QStringLiteral("no-such-icon")).isNull());

        // The ink is the palette's text colour: dark on Light, light on Dark.
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            const QColor text = QApplication::palette().color(QPalette::WindowText);
            const QImage image = actionIcon(QStringLiteral("filter")).pixmap(QSize(32, 32), 1.0).toImage();
            const QColor ink = dominantColor(image);
            QVERIFY(ink.isValid());
            QCOMPARE(ink.name(), text.name());
            QVERIFY(contrastRatio(ink, QApplication::palette().color(QPalette::Window)) >= 4.5);
            const QImage disabled
                = actionIcon(QStringLiteral("filter")).pixmap(QSize(32, 32), 1.0, QIcon::Disabled).toImage();
            QCOMPARE(dominantColor(disabled).name(),
                     QApplication::palette().color(QPalette::Disabled, QPalette::WindowText).name());
        }
        iconSheet();
        QVERIFY(!Icons::application().isNull());
        QVERIFY(QFile::exists(QStringLiteral(":/smslog/icons/smslog-viewer.svg")));
    }

    void iconsPaintAtTheDeviceSize()
    {
        // QIcon::paint (what item views and buttons use) draws at the painter's device ratio.
        for (const qreal ratio : {1.0, 1.5, 2.0}) {
            QImage target(QSize(qRound(20 * ratio), qRound(20 * ratio)), QImage::Format_ARGB32_Premultiplied);
            target.setDevicePixelRatio(ratio);
            target.fill(Qt::transparent);
            {
                QPainter painter(&target);
                StatusIcon::icon(QStringLiteral("Delivered")).paint(&painter, QRect(2, 2, 16, 16));
            }
            QImage plain = target;
            plain.setDevicePixelRatio(1.0);
            // The disc's edge is where it should be: the device pixel at the centre of the
            // left border row is opaque, the one left of the icon transparent.
            const int centre = qRound(10 * ratio);
            QVERIFY(qAlpha(plain.pixel(qRound(2 * ratio) + 1, centre)) > 0);
            QCOMPARE(qAlpha(plain.pixel(qRound(2 * ratio) - 1, centre)), 0);
            QCOMPARE(qAlpha(plain.pixel(centre, qRound(18 * ratio) + 1)), 0);
        }
    }

    // ---- Models: status text and icon ------------------------------------------------------

    void tableStatusCellHasTextAndIcon()
    {
        FakeSource source(FakeSource::makeTable(40));
        SmsLogTableModel model;
        model.setSource(&source);
        answerEverything(source);
        QVERIFY(model.rowCount() > 0);
        // Without a provider (models draw no icons themselves) the status cell has text only.
        {
            const QModelIndex first = model.index(0, int(SmsColumn::Status));
            QTRY_VERIFY(first.data(SmsLogTableModel::LoadedRole).toBool());
            QVERIFY(!first.data(Qt::DisplayRole).toString().isEmpty());
            QVERIFY(!first.data(Qt::DecorationRole).isValid());
        }
        // The composition root gives the models ui/'s icons.
        QSignalSpy decorated(&model, &QAbstractItemModel::dataChanged);
        model.setStatusIconProvider(SvgStatusIconProvider::instance());
        QVERIFY(std::any_of(decorated.cbegin(), decorated.cend(), [](const QList<QVariant> &changed) {
            return changed.at(2).value<QList<int>>().contains(Qt::DecorationRole);
        }));
        QSet<QString> seen;
        for (int row = 0; row < 8; ++row) {
            const QModelIndex index = model.index(row, int(SmsColumn::Status));
            QTRY_VERIFY(index.data(SmsLogTableModel::LoadedRole).toBool());
            const QString text = index.data(Qt::DisplayRole).toString();
            QVERIFY(!text.isEmpty());
            const QVariant decoration = index.data(Qt::DecorationRole);
            QCOMPARE(decoration.metaType(), QMetaType::fromType<QIcon>());
            const QIcon icon = decoration.value<QIcon>();
            QVERIFY(!icon.isNull());
            QCOMPARE(icon.pixmap(QSize(16, 16), 2.0).size(), QSize(32, 32));
            QCOMPARE(icon.cacheKey(), StatusIcon::icon(text).cacheKey());
            seen.insert(text);
        }
        QVERIFY(seen.size() >= 3);
        // Other columns carry no icon.
        QVERIFY(!model.index(0, int(SmsColumn::To)).data(Qt::DecorationRole).isValid());
        model.setSource(nullptr);
    }

    void statusTotalsShowIcons()
    {
        FakeSource source(FakeSource::makeTable(40));
        SmsLogSummary summary;
        TotalsPane pane(&summary);
        summary.setSource(&source);
        answerEverything(source);
        CostBreakdownModel *byStatus = summary.byStatus();
        QTRY_VERIFY(byStatus->rowCount() > 0);
        // No provider: no icon; the composition root gives the per-status breakdown ui/'s icons.
        QVERIFY(!byStatus->index(0, CostBreakdownModel::Name).data(Qt::DecorationRole).isValid());
        byStatus->setStatusIconProvider(SvgStatusIconProvider::instance());
        for (int row = 0; row < byStatus->rowCount(); ++row) {
            const QModelIndex name = byStatus->index(row, CostBreakdownModel::Name);
            QVERIFY(!name.data(Qt::DisplayRole).toString().isEmpty());
            const QIcon icon = name.data(Qt::DecorationRole).value<QIcon>();
            QVERIFY(!icon.isNull());
            QCOMPARE(icon.cacheKey(),
                     StatusIcon::icon(name.data(CostBreakdownModel::RawValueRole).toString()).cacheKey());
        }
        // Projects have no status icon.
        QVERIFY(summary.byProject()->rowCount() > 0);
        QVERIFY(!summary.byProject()->index(0, 0).data(Qt::DecorationRole).isValid());
        summary.setSource(nullptr);
    }

    // ---- Accessible names ------------------------------------------------------------------

    void unnamedControlsAreFound()
    {
        // The check itself: an unnamed field is reported, a named or labelled one is not.
        QWidget form;
        auto *layout = new QVBoxLayout(&form);
        auto *unnamed = new QLineEdit(&form);
        unnamed->setObjectName(QStringLiteral("unnamed"));
        auto *named = new QLineEdit(&form);
        named->setAccessibleName(QStringLiteral("Named"));
        auto *label = new QLabel(QStringLiteral("&Labelled:"), &form);
        auto *labelled = new QLineEdit(&form);
        label->setBuddy(labelled);
        auto *iconOnly = new QToolButton(&form);
        iconOnly->setObjectName(QStringLiteral("iconOnly"));
        iconOnly->setIcon(actionIcon(QStringLiteral("copy")));
        for (QWidget *w :
             {static_cast<QWidget *>(unnamed), static_cast<QWidget *>(named), static_cast<QWidget *>(label),
              static_cast<QWidget *>(labelled), static_cast<QWidget *>(iconOnly)})
            layout->addWidget(w);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        const QStringList found = unnamedControls(&form);
        QCOMPARE(found.size(), 2);
        QVERIFY(found.at(0).contains(QStringLiteral("unnamed")));
        QVERIFY(found.at(1).contains(QStringLiteral("iconOnly")));
    }

    void mainWindowControlsHaveNames_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(Theme::Light);
        QTest::newRow("dark") << int(Theme::Dark);
    }

    void mainWindowControlsHaveNames()
    {
        QFETCH(int, theme);
        applyTheme(Theme(theme));
        FakeSource source(FakeSource::makeTable(60));
        SmsLogTableModel model;
        SmsLogSummary summary;
        MainWindow window(&model, &summary);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Nothing open: the empty states are named too.
        snapshot(&window, QStringLiteral("window-empty"));
        QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without a name (nothing open): ")
                            + unnamed.join(QStringLiteral("; "))));

        model.setSource(&source);
        summary.setSource(&source);
        window.setSourceDescription(source.description());
        answerEverything(source);
        QTRY_VERIFY(model.rowCount() > 0);
        window.tableView()->setCurrentIndex(model.index(0, 0));
        answerEverything(source);

        // Show the controls that only appear on demand: the custom time range.
        auto *timeCombo = window.filterBar()->findChild<QComboBox *>(QStringLiteral("timeCombo"));
        QVERIFY(timeCombo);
        timeCombo->setCurrentIndex(timeCombo->count() - 1);
        emit timeCombo->activated(timeCombo->count() - 1);
        answerEverything(source);

        QVERIFY(controlCount(&window) >= 15);
        unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without a name: ") + unnamed.join(QStringLiteral("; "))));
        snapshot(&window, QStringLiteral("window"));
        if (!qEnvironmentVariableIsEmpty("SMSLOG_TEST_SCREENSHOTS")) {
            auto *menu = window.filterBar()->findChild<QMenu *>(QStringLiteral("statusMenu"));
            QVERIFY(menu);
            menu->popup(window.mapToGlobal(QPoint(10, 60)));
            QVERIFY(QTest::qWaitForWindowExposed(menu));
            snapshot(menu, QStringLiteral("status-menu"));
            menu->hide();
        }

        // Invalid input is marked at the field and explained under the bar.
        auto *toNumber = window.filterBar()->findChild<QLineEdit *>(QStringLiteral("toNumberEdit"));
        QVERIFY(toNumber);
        QTest::keyClicks(toNumber, QStringLiteral("+44 abc"));
        QVERIFY(!window.filterBar()->errorText().isEmpty());
        QVERIFY(toNumber->styleSheet().contains(errorColor(QApplication::palette()).name()));
        snapshot(&window, QStringLiteral("window-invalid"));
        // A theme change recolours the frame.
        const Theme other = Theme(theme) == Theme::Dark ? Theme::Light : Theme::Dark;
        applyTheme(other);
        QTRY_VERIFY(toNumber->styleSheet().contains(errorColor(QApplication::palette()).name()));
        applyTheme(Theme(theme));
        QTRY_VERIFY(toNumber->styleSheet().contains(errorColor(QApplication::palette()).name()));
        unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without a name: ") + unnamed.join(QStringLiteral("; "))));
        model.setSource(nullptr);
        summary.setSource(nullptr);
    }

    void connectionDialogControlsHaveNames()
    {
        ConnectionDialog dialog;
        ConnectionProfile saved;
        saved.name = QStringLiteral("Cloud");
        saved.url = QUrl(QStringLiteral("https://oneuptime.com"));
        dialog.setProfiles({saved}, QStringLiteral("Cloud")); // "Delete profile" shows
        dialog.setKeyNotice(QStringLiteral("No keyring: the key is kept until you quit."));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(controlCount(&dialog) >= 9);
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            snapshot(&dialog, QStringLiteral("connection-dialog"));
        }
        const QStringList unnamed = unnamedControls(&dialog);
        QVERIFY2(unnamed.isEmpty(),
                 qPrintable(QStringLiteral("without a name: ") + unnamed.join(QStringLiteral("; "))));
    }

    void detailStatusIconIsSharp()
    {
        DetailPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        SmsRecord record = FakeSource::makeTable(1).constFirst();
        record.status = QStringLiteral("Undelivered");
        pane.setRecord(record);
        auto *icon = pane.findChild<QLabel *>(QStringLiteral("statusIcon"));
        QVERIFY(icon);
        const QPixmap pixmap = icon->pixmap();
        const qreal ratio = pane.devicePixelRatioF(); // 2 with QT_SCALE_FACTOR=2
        QCOMPARE(pixmap.devicePixelRatio(), ratio);
        const int size = pane.style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, &pane);
        QCOMPARE(pixmap.size(), QSize(qRound(size * ratio), qRound(size * ratio)));
        QCOMPARE(pixmap.toImage(),
                 StatusIcon::icon(record.status).pixmap(QSize(size, size), ratio).toImage());
        // Told of a new screen, it draws the icon again.
        QEvent screenChange(QEvent::ScreenChangeInternal);
        QCoreApplication::sendEvent(&pane, &screenChange);
        QCOMPARE(icon->pixmap().toImage(), pixmap.toImage());
        pane.clear();
        QVERIFY(icon->pixmap().isNull());
    }

    // ---- Empty and error states say what to do next ------------------------------------------

    void emptyAndErrorStatesSayWhatToDo()
    {
        DetailPane pane;
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        auto *hint = pane.findChild<QLabel *>(QStringLiteral("emptyHint"));
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->text().contains(QStringLiteral("Click a row")));

        FakeSource source(FakeSource::makeTable(10));
        SmsLogSummary summary;
        TotalsPane totals(&summary);
        totals.resize(930, 210); // as in the window: a strip under the table
        totals.show();
        QVERIFY(QTest::qWaitForWindowExposed(&totals));
        auto visibleText = [&totals] {
            QStringList texts;
            for (const QLabel *label : totals.findChildren<QLabel *>())
                if (label->isVisible())
                    texts.append(label->text());
            return texts.join(QLatin1Char('\n'));
        };
        QVERIFY2(visibleText().contains(QStringLiteral("Open a cache file")), qPrintable(visibleText()));

        summary.setSource(&source);
        for (int i = 0; i < 50 && source.pending(FakeSource::Type::Totals).isEmpty(); ++i)
            QTest::qWait(5);
        const QList<FakeSource::Request> pending = source.pending(FakeSource::Type::Totals);
        QVERIFY(!pending.isEmpty());
        source.fail(pending.last().id, SourceError::Kind::BadResponse,
                    QStringLiteral("The log changed on the server."));
        QTRY_VERIFY2(visibleText().contains(QStringLiteral("Totals could not be computed")),
                     qPrintable(visibleText()));
        QVERIFY(visibleText().contains(QStringLiteral("Press F5 to try again")));
        for (const Theme theme : {Theme::Light, Theme::Dark}) {
            applyTheme(theme);
            snapshot(&totals, QStringLiteral("totals-error"));
            snapshot(&pane, QStringLiteral("detail-empty"));
        }
        summary.setSource(nullptr);
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
