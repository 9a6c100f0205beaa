// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 SMS Log Viewer contributors
#include "demogenerator.h"

#include "cachewriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringView>
#include <algorithm>
#include <array>
#include <utility>

namespace {

QString str(const char16_t *text)
{
    return QStringView(text).toString();
}

constexpr qint64 dayMs = 86400000;
constexpr qint64 minuteMs = 60000;

// xoshiro256** seeded through splitmix64: small, fast, and the same on every platform.
class Rng
{
public:
    explicit Rng(quint64 seed)
    {
        for (quint64 &word : m_state) {
            seed += 0x9E3779B97F4A7C15ULL;
            quint64 z = seed;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            word = z ^ (z >> 31);
        }
    }
    quint64 next()
    {
        const quint64 result = rotl(m_state[1] * 5, 7) * 9;
        const quint64 t = m_state[1] << 17;
        m_state[2] ^= m_state[0];
        m_state[3] ^= m_state[1];
        m_state[1] ^= m_state[2];
        m_state[0] ^= m_state[3];
        m_state[2] ^= t;
        m_state[3] = rotl(m_state[3], 45);
        return result;
    }
    // [0, n) for n > 0, else 0. The modulo bias is below 1e-12 for the small n used here.
    qint64 below(qint64 n) { return n > 0 ? qint64(next() % quint64(n)) : 0; }
    qint64 between(qint64 low, qint64 high) { return low + below(high - low + 1); }
    bool chance(int perTenThousand) { return below(10000) < perTenThousand; }
    template <typename T>
    const T &pick(const QList<T> &list)
    {
        return list[below(list.size())];
    }

private:
    static quint64 rotl(quint64 x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<quint64, 4> m_state{};
};

void appendHex(QString &out, quint64 value, int digits)
{
    static constexpr char hex[] = "0123456789abcdef";
    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4)
        out += QLatin1Char(hex[(value >> shift) & 0xF]);
}

// 128 random bits shaped as a version 4 UUID, lowercase 8-4-4-4-12.
QString uuid(Rng &rng)
{
    const quint64 high = (rng.next() & ~0xF000ULL) | 0x4000ULL;
    const quint64 low = (rng.next() & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
    QString out;
    out.reserve(36);
    appendHex(out, high >> 32, 8);
    out += u'-';
    appendHex(out, (high >> 16) & 0xFFFF, 4);
    out += u'-';
    appendHex(out, high & 0xFFFF, 4);
    out += u'-';
    appendHex(out, low >> 48, 4);
    out += u'-';
    appendHex(out, low & 0xFFFFFFFFFFFFULL, 12);
    return out;
}

QString twilioSid(Rng &rng)
{
    QString out = QStringLiteral("SM");
    appendHex(out, rng.next(), 16);
    appendHex(out, rng.next(), 16);
    return out;
}

enum class Lang { En, De, Es, Ja, Zh, Ru, Ar, Hi };
constexpr int LangCount = 8;
enum class Text {
    IncidentCreated,
    IncidentResolved,
    AlertCreated,
    AlertResolved,
    MaintenanceScheduled,
    MaintenanceStarted,
    Announcement,
    Test
};
constexpr int TextCount = 8;

// Message templates per language. Incidents and alerts: %1 number, %2 project, %3 title, %4 monitor.
// Maintenance: %1 status page, %2 title, %3 start (UTC). Announcement: %1 status page, %2 title.
// Test: %1 project.
const char16_t *const texts[LangCount][TextCount] = {
    {u"🚨 Incident #%1 (%2): %3. Monitor %4 is affected. Open OneUptime to acknowledge.",
     u"✅ Incident #%1 (%2) is resolved: %3.", u"🔥 Alert #%1 (%2): %3 on %4.",
     u"✅ Alert #%1 (%2) resolved: %3.", u"🛠️ %1: scheduled maintenance \"%2\" starts %3 UTC.",
     u"🛠️ %1: maintenance \"%2\" has started. We will tell you when it is over.", u"📢 %1: %2",
     u"🔔 Test SMS from %1. If you can read this, SMS notifications work."},
    {u"🚨 Vorfall #%1 (%2): %3. Betroffener Monitor: %4. Bitte in OneUptime bestätigen.",
     u"✅ Vorfall #%1 (%2) ist behoben: %3.", u"🔥 Alarm #%1 (%2): %3 auf %4.",
     u"✅ Alarm #%1 (%2) aufgehoben: %3.", u"🛠️ %1: Geplante Wartung „%2“ beginnt am %3 UTC.",
     u"🛠️ %1: Die Wartung „%2“ hat begonnen. Wir melden uns, sobald sie abgeschlossen ist.",
     u"📢 %1: %2", u"🔔 Test-SMS von %1. Wenn Sie das lesen können, funktionieren SMS-Benachrichtigungen."},
    {u"🚨 Incidente #%1 (%2): %3. Monitor afectado: %4. Confírmelo en OneUptime.",
     u"✅ Incidente #%1 (%2) resuelto: %3.", u"🔥 Alerta #%1 (%2): %3 en %4.",
     u"✅ Alerta #%1 (%2) resuelta: %3.",
     u"🛠️ %1: el mantenimiento programado «%2» comienza el %3 UTC.",
     u"🛠️ %1: el mantenimiento «%2» ha comenzado. Le avisaremos cuando termine.", u"📢 %1: %2",
     u"🔔 SMS de prueba de %1. Si puede leer esto, las notificaciones por SMS funcionan."},
    {u"🚨 インシデント #%1（%2）：%3。影響を受けるモニター：%4。OneUptimeで確認してください。",
     u"✅ インシデント #%1（%2）は解決しました：%3。", u"🔥 アラート #%1（%2）：%4 で %3。",
     u"✅ アラート #%1（%2）は解除されました：%3。",
     u"🛠️ %1：計画メンテナンス「%2」は %3 UTC に開始します。",
     u"🛠️ %1：メンテナンス「%2」を開始しました。終了次第お知らせします。",
     u"📢 %1：%2", u"🔔 %1 からのテストSMSです。SMS通知は正常に動作しています。"},
    {u"🚨 事件 #%1（%2）：%3。受影响的监控：%4。请在 OneUptime 中确认。", u"✅ 事件 #%1（%2）已解决：%3。",
     u"🔥 告警 #%1（%2）：%4 上出现 %3。", u"✅ 告警 #%1（%2）已恢复：%3。",
     u"🛠️ %1：计划维护“%2”将于 %3 UTC 开始。",
     u"🛠️ %1：维护“%2”已开始，结束后我们会通知您。", u"📢 %1：%2",
     u"🔔 这是来自 %1 的测试短信。短信通知工作正常。"},
    {u"🚨 Инцидент #%1 (%2): %3. Затронут монитор: %4. Подтвердите в OneUptime.",
     u"✅ Инцидент #%1 (%2) устранён: %3.", u"🔥 Оповещение #%1 (%2): %3 на %4.",
     u"✅ Оповещение #%1 (%2) снято: %3.",
     u"🛠️ %1: плановые работы «%2» начнутся %3 UTC.",
     u"🛠️ %1: плановые работы «%2» начались. Мы сообщим, когда "
     u"они "
     u"завершатся.",
     u"📢 %1: %2", u"🔔 Тестовое SMS от %1. Если вы это читаете, SMS-уведомления работают."},
    {u"🚨 حادث رقم %1 (%2): %3. المراقب المتأثر: %4. يرجى التأكيد في OneUptime.",
     u"✅ تم حل الحادث رقم %1 (%2): %3.", u"🔥 تنبيه رقم %1 (%2): %3 على %4.",
     u"✅ تم إلغاء التنبيه رقم %1 (%2): %3.",
     u"🛠️ %1: تبدأ الصيانة المجدولة \"%2\" في %3 UTC.",
     u"🛠️ %1: بدأت الصيانة \"%2\". سنبلغك عند انتهائها.", u"📢 %1: %2",
     u"🔔 رسالة اختبار من %1. إذا كنت تقرأ هذه الرسالة فإن إشعارات SMS تعمل."},
    {u"🚨 घटना #%1 (%2): %3। प्रभावित मॉनिटर: %4। कृपया OneUptime में पुष्टि करें।", u"✅ घटना #%1 (%2) हल हो गई: %3।",
     u"🔥 अलर्ट #%1 (%2): %4 पर %3।", u"✅ अलर्ट #%1 (%2) समाप्त: %3।",
     u"🛠️ %1: निर्धारित रखरखाव \"%2\" %3 UTC पर शुरू "
     u"होगा।",
     u"🛠️ %1: रखरखाव \"%2\" शुरू हो गया है। समाप्त "
     u"होने "
     u"पर "
     u"हम "
     u"आपको "
     u"सूचित "
     u"करेंगे।",
     u"📢 %1: %2", u"🔔 %1 से परीक्षण SMS। यदि आप इसे पढ़ सकते हैं, तो SMS सूचनाएँ काम कर रही हैं।"},
};

// A long incident update per language, appended to some incident messages (multi-segment SMS).
const char16_t *const details[LangCount] = {
    u"Details: Since 14:02 UTC more than 12 percent of requests to the payment provider fail. Retries work "
    u"for most customers, but card payments from the EU region fail now and then. The on-call engineer is "
    u"checking the connection pool of the API nodes and has paused all deployments. "
    u"Next update in 30 minutes.",
    u"Details: Seit 14:02 UTC schlagen mehr als 12 Prozent der Anfragen an den Zahlungsdienstleister fehl. "
    u"Wiederholungen gelingen bei den meisten Kunden, Kartenzahlungen aus der EU scheitern aber zeitweise. "
    u"Die Bereitschaft prüft den Verbindungspool der API-Knoten und hat alle Deployments angehalten.",
    u"Detalles: Desde las 14:02 UTC falla más del 12 por ciento de las solicitudes al proveedor de pagos. "
    u"Los reintentos funcionan para la mayoría de los clientes, pero los pagos con tarjeta desde la UE "
    u"fallan a veces. La persona de guardia revisa el pool de conexiones de la API y ha pausado los "
    u"despliegues.",
    u"詳細：14:02 UTC 以降、決済プロバイダーへのリクエストの12%以上が失敗しています。大半のお客様は再試行で"
    u"成功していますが、EU地域からのカード決済が断続的に失敗しています。当番エンジニアがAPIノードの"
    u"コネクションプールを調査中で、デプロイを一時停止しました。影響を受ける加盟店には個別にご連絡します。"
    u"ご不便をおかけして申し訳ございません。次回の更新は30分後です。",
    u"详情：自 14:02 UTC 起，发往支付服务商的请求有超过 12% 失败。大多数客户重试后可以成功，但来自欧盟地区的"
    u"银行卡支付间歇性失败。值班工程师正在排查 API "
    u"节点的连接池，并已暂停所有发布。受影响的商户将收到单独通知。"
    u"给您带来不便，敬请谅解。30 分钟后更新。",
    u"Подробности: с 14:02 UTC более 12 процентов запросов к платёжному провайдеру завершаются ошибкой. "
    u"У большинства клиентов повторные попытки проходят, но платежи картами из ЕС иногда не проходят. "
    u"Дежурный инженер проверяет пул соединений узлов API и приостановил выкладки.",
    u"التفاصيل: منذ الساعة 14:02 بالتوقيت العالمي يفشل أكثر من 12 بالمئة من الطلبات المرسلة إلى مزود الدفع. "
    u"تنجح إعادة المحاولة لدى معظم العملاء، لكن الدفع بالبطاقات من منطقة الاتحاد الأوروبي يفشل أحيانًا. "
    u"يفحص المهندس المناوب مجمع الاتصالات على خوادم الواجهة البرمجية وقد أوقف عمليات النشر مؤقتًا.",
    u"विवरण: 14:02 UTC से भुगतान प्रदाता को भेजे गए 12 प्रतिशत से अधिक अनुरोध विफल हो रहे हैं। अधिकांश "
    u"ग्राहकों के लिए दोबारा प्रयास सफल हो रहे हैं, लेकिन यूरोपीय संघ क्षेत्र से कार्ड भुगतान "
    u"कभी-कभी विफल हो रहे हैं। "
    u"ऑन-कॉल इंजीनियर API नोड्स के कनेक्शन पूल की जाँच कर रहे हैं और सभी डिप्लॉयमेंट रोक दिए गए हैं।",
};

const char16_t *const incidentTitles[LangCount][3] = {
    {u"High latency on checkout API", u"Database primary unreachable", u"Elevated 5xx rate on api-gateway"},
    {u"Datenbank-Replikation verzögert", u"Zahlungs-API antwortet nicht",
     u"Hohe Fehlerrate im Lager-Service"},
    {u"Pagos rechazados en la pasarela", u"Latencia alta en el servicio de citas",
     u"La API de historiales no responde"},
    {u"決済APIのタイムアウトが増加", u"カード認証サービスが応答しません",
     u"データベースの接続数が上限に近い"},
    {u"支付网关响应缓慢", u"订单服务错误率升高", u"数据库主节点不可达"},
    {u"Сбой синхронизации склада", u"Высокая задержка API доставки", u"Недоступна основная база данных"},
    {u"انقطاع خدمة الدفع", u"بطء في استجابة بوابة الحجز", u"تعذر الوصول إلى قاعدة البيانات"},
    {u"लॉगिन सेवा में त्रुटियाँ", u"भुगतान सेवा धीमी है", u"डेटाबेस तक पहुँच नहीं"},
};

const char16_t *const alertTitles[LangCount][3] = {
    {u"CPU above 90% for 10 minutes", u"TLS certificate expires in 3 days", u"Disk usage above 85%"},
    {u"CPU-Last über 90 %", u"TLS-Zertifikat läuft in 3 Tagen ab", u"Speicherplatz über 85 % belegt"},
    {u"CPU por encima del 90 %", u"El certificado TLS caduca en 3 días",
     u"Disco ocupado por encima del 85 %"},
    {u"CPU使用率が90%を超過", u"TLS証明書の期限まであと3日", u"ディスク使用率が85%を超過"},
    {u"CPU 使用率超过 90%", u"TLS 证书将在 3 天后过期", u"磁盘使用率超过 85%"},
    {u"Загрузка CPU выше 90 %", u"TLS-сертификат истекает через 3 дня", u"Диск заполнен более чем на 85 %"},
    {u"استخدام المعالج أعلى من 90%", u"تنتهي شهادة TLS خلال 3 أيام", u"استخدام القرص أعلى من 85%"},
    {u"CPU उपयोग 90% से ऊपर", u"TLS प्रमाणपत्र 3 दिन में समाप्त", u"डिस्क उपयोग 85% से ऊपर"},
};

struct Country {
    const char16_t *prefix;
    int digits;
};
enum { US, GB, DE, IN, JP, PK, ZA, BR, DZ, CountryCount };
const Country countries[CountryCount]
    = {{u"+1555", 7},  {u"+447700900", 3}, {u"+49151", 8}, {u"+9198", 8},  {u"+8190", 8},
       {u"+92300", 7}, {u"+2782", 7},      {u"+55119", 8}, {u"+213555", 6}};
// Destinations billed at the high-risk rate (a few of the codes OneUptime lists).
const char16_t *const highRiskPrefixes[] = {u"+92", u"+27", u"+213", u"+371", u"+234"};

struct UserSpec {
    const char16_t *name;
    const char16_t *email;
    int country;
    Lang lang;
};
const UserSpec userSpecs[] = {
    {u"Alice Johnson", u"alice.johnson@acme.example", US, Lang::En},
    {u"Marcus Webb", u"m.webb@acme.example", GB, Lang::En},
    {u"Priya Raman", u"priya.raman@acme.example", IN, Lang::En},
    {u"Thabo Mokoena", u"thabo@acme.example", ZA, Lang::En},
    {u"Ayesha Khan", u"ayesha.khan@acme.example", PK, Lang::En},
    {u"João Pereira", u"joao.pereira@acme.example", BR, Lang::Es},
    {u"Carlos Mendoza", u"carlos@saludglobal.example", US, Lang::Es},
    {u"Lucía Fernández", u"lucia.fernandez@saludglobal.example", GB, Lang::Es},
    {u"Jürgen Weiß", u"juergen.weiss@nordwind.example", DE, Lang::De},
    {u"Anna Schmidt", u"anna.schmidt@nordwind.example", DE, Lang::De},
    {u"Дмитрий Волков", u"d.volkov@nordwind.example", DE, Lang::Ru},
    {u"Ольга Петрова", u"olga.petrova@nordwind.example", GB, Lang::Ru},
    {u"كريم بن علي", u"karim.benali@saludglobal.example", DZ, Lang::Ar},
    {u"فاطمة الزهراء", u"fatima.z@saludglobal.example", DZ, Lang::Ar},
    {u"佐藤 花子", u"hanako.sato@sakura-pay.example", JP, Lang::Ja},
    {u"鈴木 一郎", u"ichiro.suzuki@sakura-pay.example", JP, Lang::Ja},
    {u"王伟", u"wang.wei@sakura-pay.example", JP, Lang::Zh},
    {u"李娜", u"li.na@sakura-pay.example", US, Lang::Zh},
    {u"अनिल शर्मा", u"anil.sharma@saludglobal.example", IN, Lang::Hi},
    {u"सुनीता वर्मा", u"sunita.verma@saludglobal.example", IN, Lang::Hi},
    {u"Emily Chen", u"emily.chen@acme.example", US, Lang::En},
    {u"Bilal Ahmed", u"bilal.ahmed@acme.example", PK, Lang::En},
};

struct ProjectSpec {
    const char16_t *name;
    Lang lang;
    bool ownTwilio; // sends through its own Twilio account: never charged
    int weight; // share of the events, percent
    std::array<int, 8> users; // indexes into userSpecs; -1 = none
    std::array<const char16_t *, 5> monitors;
    std::array<const char16_t *, 2> policies;
    std::array<const char16_t *, 3> schedules;
    std::array<const char16_t *, 3> teams;
    const char16_t *statusPage;
    std::array<const char16_t *, 3> maintenances;
    std::array<const char16_t *, 3> announcements;
    const char16_t *announcementBody;
    std::array<int, 3> subscriberCountries;
};
const ProjectSpec projectSpecs[] = {
    {u"Acme Cloud Platform",
     Lang::En,
     false,
     40,
     {0, 1, 2, 3, 4, 20, 21, 5},
     {u"api.acme.example /health", u"Checkout page", u"Postgres primary (eu-west-1)", u"Login service",
      u"CDN edge Frankfurt"},
     {u"Primary on-call", u"Database escalation"},
     {u"Weekly rotation EU", u"Follow-the-sun", u"Weekend cover"},
     {u"SRE", u"Backend", u"Payments"},
     u"Acme Status",
     {u"Database upgrade to PostgreSQL 16", u"Network maintenance in Frankfurt",
      u"Load balancer replacement"},
     {u"New SMS subscriptions for our status page", u"Support hours over the holidays",
      u"We have moved to a new data centre"},
     u"Thank you for following our status page. From next Monday you can choose which components you want "
     u"to hear about, and we will send one SMS per incident update instead of one per component. Nothing "
     u"changes for you if you do nothing. Reply STOP at any time to unsubscribe from these messages.",
     {US, GB, IN}},
    {u"Nordwind Logistik GmbH",
     Lang::De,
     false,
     25,
     {8, 9, 10, 11, 1, 12, -1, -1},
     {u"Lager-Service Hamburg", u"Zahlungs-API", u"Sendungsverfolgung", u"Kundenportal", u"EDI-Gateway"},
     {u"Bereitschaft Tag", u"Bereitschaft Nacht"},
     {u"Wochenrotation", u"Wochenend-Bereitschaft", u"Feiertage"},
     {u"Plattform-Team", u"Lager-IT", u"Kundenservice"},
     u"Nordwind Status",
     {u"Wartung Rechenzentrum Frankfurt", u"Update des Lagerverwaltungssystems", u"Austausch der Firewalls"},
     {u"Neue Servicezeiten ab Januar", u"Umstellung der Sendungsverfolgung", u"Störungen beim Paketdienst"},
     u"Ab dem 1. Januar erreichen Sie unseren technischen Support werktags von 6 bis 22 Uhr. Außerhalb "
     u"dieser Zeiten bleibt die Bereitschaft für kritische Störungen erreichbar. Über geplante Wartungen "
     u"informieren wir Sie wie gewohnt mindestens drei Tage im Voraus per SMS und auf dieser Statusseite.",
     {DE, GB, DZ}},
    {u"Sakura Payments（さくらペイ）",
     Lang::Ja,
     true,
     20,
     {14, 15, 16, 17, 0, 20, -1, -1},
     {u"決済API", u"カード認証", u"加盟店ポータル", u"支付网关 (CN)", u"Webhook 配信"},
     {u"決済当番", u"インフラ当番"},
     {u"平日当番", u"週末当番", u"夜間当番"},
     {u"決済チーム", u"インフラチーム", u"SRE"},
     u"Sakura Pay 稼働状況",
     {u"定期メンテナンス（決済システム）", u"データベース移行作業", u"ネットワーク機器の交換"},
     {u"年末年始のサポート体制について", u"新しい決済方法の追加", u"障害報告書を公開しました"},
     u"いつもさくらペイをご利用いただきありがとうございます。年末年始の期間中もシステムは通常どおり稼働します"
     u"が、"
     u"お問い合わせへの回答にはお時間をいただく場合があります。緊急の障害は引き続き24時間体制で対応いたします"
     u"。"
     u"最新の情報はこのステータスページでお知らせします。",
     {JP, US, JP}},
    {u"Salud Global Network",
     Lang::Es,
     false,
     15,
     {6, 7, 18, 19, 12, 13, 5, -1},
     {u"Portal de pacientes", u"API de historiales", u"Servicio de citas", u"बुकिंग पोर्टल", u"Laboratorio"},
     {u"Guardia principal", u"Escalado de base de datos"},
     {u"Rotación semanal", u"Guardia nocturna", u"Fines de semana"},
     {u"Equipo de guardia", u"Infraestructura", u"Soporte clínico"},
     u"Salud Global – Estado",
     {u"Mantenimiento programado de la base de datos", u"Actualización del portal de pacientes",
      u"Cambio de proveedor de red"},
     {u"Nuevo número de soporte", u"Mejoras en el portal de pacientes", u"Horario de atención en festivos"},
     u"A partir del lunes, el portal de pacientes permitirá descargar los resultados de laboratorio en PDF y "
     u"reprogramar citas sin llamar al centro. Durante la primera semana puede que algunas páginas tarden un "
     u"poco más en cargar. Si nota cualquier problema, escríbanos y lo revisaremos lo antes posible.",
     {BR, IN, DZ}},
};

const char16_t *const ruleNames[3]
    = {u"Notify on-call now", u"Escalate after 10 min", u"Page engineering manager after 30 min"};
const int ruleMinutes[3] = {0, 10, 30};

struct User {
    LinkedResource resource;
    QString phone;
    Lang lang;
};
struct Rule {
    LinkedResource resource;
    int schedule;
    int team;
    int afterMinutes;
};
struct Policy {
    LinkedResource resource;
    QList<Rule> rules;
};
struct Group { // a team (members) or an on-call schedule (weekly roster)
    LinkedResource resource;
    QList<int> users; // indexes into Private::users
};
struct Issue { // an open incident or alert
    LinkedResource resource;
    int monitor;
    int policy;
};
struct Project {
    QString id;
    QString name;
    Lang lang;
    bool ownTwilio;
    int weight;
    QList<int> users;
    QList<LinkedResource> monitors;
    QList<Policy> policies;
    QList<Group> schedules;
    QList<Group> teams;
    LinkedResource statusPage;
    QStringList maintenanceTitles;
    QStringList announcementTitles;
    QString announcementBody;
    QStringList subscribers;
    qint64 incidentCount = 0;
    qint64 alertCount = 0;
    QList<Issue> openIncidents;
    QList<Issue> openAlerts;
    QList<LinkedResource> plannedMaintenances;
};

using Links = std::array<LinkedResource, LinkKindCount>;

// A message of an event before it gets its time and outcome.
struct Planned {
    QString to;
    QString text;
    qint64 segments; // 160-character segments billed (of the text really sent)
    Links links;
    qint64 offsetMs; // from the start of the event; non-decreasing within an event
};

QString formatUsd(qint64 cents)
{
    return QStringLiteral("%1.%2").arg(cents / 100).arg(cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

struct DemoGenerator::Private {
    explicit Private(const DemoOptions &options);

    qint64 timeAt(qint64 row) const;
    QList<int> sample(QList<int> from, qsizetype count);
    QString phone(int country);
    void buildWorld();
    void generateEvent();
    void planIssue(Project &project, bool alert, qint64 baseMs, QList<Planned> &out);
    void planIssueResolved(Project &project, bool alert, QList<Planned> &out);
    void planStatusPage(Project &project, bool announcement, qint64 baseMs, QList<Planned> &out);
    Planned message(const QString &to, const QString &text, const Links &links, qint64 offsetMs) const;
    SmsRecord finish(const Project &project, const Planned &planned, qint64 createdMs, qint64 row);

    Rng rng;
    qint64 total = 0;
    qint64 emitted = 0; // rows handed out by next()
    qint64 planned = 0; // rows generated so far (emitted + pending)
    qint64 startMs = 0;
    qint64 endMs = 0;
    qint64 legacyUntilMs = 0; // rows before this use the legacy statuses
    QList<User> users;
    QList<Project> projects;
    QList<SmsRecord> pending;
    qsizetype pendingPos = 0;
    ResourceContexts contexts;
};

namespace {

// A severity for an incident or alert, from its id (not from the random stream).
QString demoSeverity(const QString &id, bool alert)
{
    static const char *const incident[] = {"Critical", "Major", "Minor"};
    static const char *const alertLevels[] = {"High", "Medium", "Low"};
    const size_t pick = qHash(id, 0) % 3;
    return QString::fromLatin1(alert ? alertLevels[pick] : incident[pick]);
}

} // namespace

DemoGenerator::Private::Private(const DemoOptions &options)
    : rng(options.seed)
{
    total = std::clamp<qint64>(options.rows, 0, 100000000);
    const qint64 span = std::clamp(options.days, 1, 3650) * dayMs;
    endMs = options.end.isValid() ? options.end.toMSecsSinceEpoch()
                                  : QDateTime(QDate(2026, 6, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    startMs = endMs - span;
    legacyUntilMs = startMs + span / 3;
    buildWorld();
}

// The base time of a row: rows spread evenly over the span; events cluster around it.
qint64 DemoGenerator::Private::timeAt(qint64 row) const
{
    if (total == 0)
        return startMs;
    const qint64 span = endMs - startMs;
    return startMs + (span / total) * row + (span % total) * row / total;
}

QList<int> DemoGenerator::Private::sample(QList<int> from, qsizetype count)
{
    for (qsizetype i = from.size() - 1; i > 0; --i)
        std::swap(from[i], from[rng.below(i + 1)]);
    from.resize(std::min(count, from.size()));
    return from;
}

QString DemoGenerator::Private::phone(int country)
{
    QString number = str(countries[country].prefix);
    for (int i = 0; i < countries[country].digits; ++i)
        number += QLatin1Char(char('0' + rng.below(10)));
    return number;
}

void DemoGenerator::Private::buildWorld()
{
    for (const UserSpec &spec : userSpecs)
        users.append({{uuid(rng), str(spec.name), {}, str(spec.email)}, phone(spec.country), spec.lang});
    for (const ProjectSpec &spec : projectSpecs) {
        Project p;
        p.id = uuid(rng);
        p.name = str(spec.name);
        p.lang = spec.lang;
        p.ownTwilio = spec.ownTwilio;
        p.weight = spec.weight;
        for (int user : spec.users) {
            if (user >= 0)
                p.users.append(user);
        }
        // OneUptime's monitor types, one per monitor of a project, in order.
        static const char *const monitorTypes[] = {"API", "Website", "Ping", "Server", "SSL Certificate"};
        for (const char16_t *name : spec.monitors) {
            p.monitors.append({uuid(rng), str(name), {}, {}});
            contexts[resourceContextKey(LinkKind::Monitor, p.monitors.last().id)].type
                = QString::fromLatin1(monitorTypes[(p.monitors.size() - 1) % std::size(monitorTypes)]);
        }
        for (const char16_t *name : spec.teams)
            p.teams.append({{uuid(rng), str(name), {}, {}}, sample(p.users, 3)});
        for (const char16_t *name : spec.schedules)
            p.schedules.append({{uuid(rng), str(name), {}, {}}, sample(p.users, rng.between(3, 4))});
        for (const char16_t *name : spec.policies) {
            Policy policy{{uuid(rng), str(name), {}, {}}, {}};
            const qint64 ruleCount = rng.between(2, 3);
            for (qint64 i = 0; i < ruleCount; ++i) {
                policy.rules.append({{uuid(rng), str(ruleNames[i]), {}, {}},
                                     int(rng.below(p.schedules.size())),
                                     int(rng.below(p.teams.size())),
                                     ruleMinutes[i]});
            }
            p.policies.append(policy);
        }
        p.statusPage = {uuid(rng), str(spec.statusPage), {}, {}};
        for (const char16_t *title : spec.maintenances)
            p.maintenanceTitles.append(str(title));
        for (const char16_t *title : spec.announcements)
            p.announcementTitles.append(str(title));
        p.announcementBody = str(spec.announcementBody);
        for (int i = 0; i < 60; ++i) {
            const bool abroad = rng.chance(2000);
            p.subscribers.append(
                phone(abroad ? int(rng.below(CountryCount)) : spec.subscriberCountries[rng.below(3)]));
        }
        projects.append(p);
    }
}

Planned DemoGenerator::Private::message(const QString &to, const QString &text, const Links &links,
                                        qint64 offsetMs) const
{
    return {to, text, std::max<qint64>(1, (text.size() + 159) / 160), links, offsetMs};
}

// A new incident or alert: the on-call users of the first escalation rule(s) get an SMS each.
void DemoGenerator::Private::planIssue(Project &project, bool alert, qint64 baseMs, QList<Planned> &out)
{
    // Mostly the project's language; some teams write titles in English or another language.
    const Lang titleLang = rng.chance(8500) ? project.lang
        : rng.chance(5000)                  ? Lang::En
                                            : Lang(rng.below(LangCount));
    const char16_t *title = (alert ? alertTitles : incidentTitles)[int(titleLang)][rng.below(3)];
    Issue issue{{uuid(rng), str(title), alert ? ++project.alertCount : ++project.incidentCount, {}},
                int(rng.below(project.monitors.size())),
                int(rng.below(project.policies.size()))};
    QList<Issue> &open = alert ? project.openAlerts : project.openIncidents;
    open.append(issue);
    if (open.size() > 20)
        open.removeFirst();
    ResourceContext &context
        = contexts[resourceContextKey(alert ? LinkKind::Alert : LinkKind::Incident, issue.resource.id)];
    context.label
        = (alert ? QStringLiteral("ALT-") : QStringLiteral("INC-")) + QString::number(*issue.resource.number);
    context.state = alert ? QStringLiteral("Created") : QStringLiteral("Identified");
    context.severity = demoSeverity(issue.resource.id, alert);

    const Policy &policy = project.policies[issue.policy];
    qsizetype ruleCount = 1;
    if (rng.chance(alert ? 1500 : 3500))
        ruleCount += rng.chance(3000) ? 2 : 1;
    ruleCount = std::min(ruleCount, policy.rules.size());
    const qint64 week = baseMs / (7 * dayMs);
    qint64 offset = 0;
    for (qsizetype r = 0; r < ruleCount; ++r) {
        const Rule &rule = policy.rules[r];
        const Group &schedule = project.schedules[rule.schedule];
        const Group &team = project.teams[rule.team];
        QList<int> recipients{schedule.users[week % schedule.users.size()]};
        for (int member : sample(team.users, rng.below(alert ? 2 : 3))) {
            if (!recipients.contains(member))
                recipients.append(member);
        }
        offset = std::max(offset, rule.afterMinutes * minuteMs + rng.below(minuteMs));
        for (int recipient : recipients) {
            const User &user = users[recipient];
            Links links;
            links[size_t(alert ? LinkKind::Alert : LinkKind::Incident)] = issue.resource;
            links[size_t(LinkKind::Monitor)] = project.monitors[issue.monitor];
            links[size_t(LinkKind::OnCallDutyPolicy)] = policy.resource;
            links[size_t(LinkKind::OnCallDutyPolicyEscalationRule)] = rule.resource;
            links[size_t(LinkKind::OnCallDutyPolicySchedule)] = schedule.resource;
            links[size_t(LinkKind::Team)] = team.resource;
            links[size_t(LinkKind::User)] = user.resource;
            QString text = str(texts[int(user.lang)][int(alert ? Text::AlertCreated : Text::IncidentCreated)])
                               .arg(QString::number(*issue.resource.number), project.name,
                                    issue.resource.name, project.monitors[issue.monitor].name);
            if (!alert && rng.chance(2000))
                text += u' ' + str(details[int(user.lang)]);
            offset += rng.between(200, 3000);
            out.append(message(user.phone, text, links, offset));
        }
    }
}

void DemoGenerator::Private::planIssueResolved(Project &project, bool alert, QList<Planned> &out)
{
    QList<Issue> &open = alert ? project.openAlerts : project.openIncidents;
    const Issue issue = open.takeAt(rng.below(open.size()));
    contexts[resourceContextKey(alert ? LinkKind::Alert : LinkKind::Incident, issue.resource.id)].state
        = QStringLiteral("Resolved");
    const Policy &policy = project.policies[issue.policy];
    const Rule &rule = policy.rules.first();
    const Group &schedule = project.schedules[rule.schedule];
    const Group &team = project.teams[rule.team];
    qint64 offset = 0;
    for (int recipient : sample(team.users, rng.between(1, 2))) {
        const User &user = users[recipient];
        Links links;
        links[size_t(alert ? LinkKind::Alert : LinkKind::Incident)] = issue.resource;
        links[size_t(LinkKind::Monitor)] = project.monitors[issue.monitor];
        links[size_t(LinkKind::OnCallDutyPolicy)] = policy.resource;
        links[size_t(LinkKind::OnCallDutyPolicyEscalationRule)] = rule.resource;
        links[size_t(LinkKind::OnCallDutyPolicySchedule)] = schedule.resource;
        links[size_t(LinkKind::Team)] = team.resource;
        links[size_t(LinkKind::User)] = user.resource;
        const Text kind = alert ? Text::AlertResolved : Text::IncidentResolved;
        const QString number = QString::number(*issue.resource.number);
        const QString text
            = str(texts[int(user.lang)][int(kind)]).arg(number, project.name, issue.resource.name);
        offset += rng.between(200, 2000);
        out.append(message(user.phone, text, links, offset));
    }
}

// Scheduled maintenance (announced, later started) or an announcement, to status page subscribers.
void DemoGenerator::Private::planStatusPage(Project &project, bool announcement, qint64 baseMs,
                                            QList<Planned> &out)
{
    Links links;
    links[size_t(LinkKind::StatusPage)] = project.statusPage;
    QString text;
    if (announcement) {
        const LinkedResource resource{uuid(rng), rng.pick(project.announcementTitles), {}, {}};
        links[size_t(LinkKind::StatusPageAnnouncement)] = resource;
        text = str(texts[int(project.lang)][int(Text::Announcement)])
                   .arg(project.statusPage.name, resource.name);
        if (rng.chance(4000))
            text += u' ' + project.announcementBody;
    } else if (project.plannedMaintenances.isEmpty() || rng.chance(5000)) {
        const LinkedResource resource{uuid(rng), rng.pick(project.maintenanceTitles), {}, {}};
        project.plannedMaintenances.append(resource);
        if (project.plannedMaintenances.size() > 5)
            project.plannedMaintenances.removeFirst();
        links[size_t(LinkKind::ScheduledMaintenance)] = resource;
        const qint64 startsMs = (baseMs / (60 * minuteMs) + rng.between(48, 170)) * 60 * minuteMs;
        const QString starts
            = QDateTime::fromMSecsSinceEpoch(startsMs, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        text = str(texts[int(project.lang)][int(Text::MaintenanceScheduled)])
                   .arg(project.statusPage.name, resource.name, starts);
    } else {
        const LinkedResource resource
            = project.plannedMaintenances.takeAt(rng.below(project.plannedMaintenances.size()));
        links[size_t(LinkKind::ScheduledMaintenance)] = resource;
        text = str(texts[int(project.lang)][int(Text::MaintenanceStarted)])
                   .arg(project.statusPage.name, resource.name);
    }
    const qint64 count = rng.between(announcement ? 8 : 5, 40);
    const qint64 first = rng.below(project.subscribers.size());
    qint64 offset = 0;
    for (qint64 i = 0; i < count; ++i) {
        offset += rng.between(50, 800);
        const QString &to = project.subscribers[(first + i) % project.subscribers.size()];
        out.append(message(to, text, links, offset));
    }
}

void DemoGenerator::Private::generateEvent()
{
    const qint64 first = planned;
    qint64 projectRoll = rng.below(100);
    qsizetype index = 0;
    while (index + 1 < projects.size() && projectRoll >= projects[index].weight)
        projectRoll -= projects[index++].weight;
    Project &project = projects[index];

    QList<Planned> messages;
    const qint64 kind = rng.below(1000);
    const qint64 approxMs = timeAt(first);
    if (kind < 470) {
        if (kind >= 300 && !project.openIncidents.isEmpty())
            planIssueResolved(project, false, messages);
        else
            planIssue(project, false, approxMs, messages);
    } else if (kind < 790) {
        if (kind >= 720 && !project.openAlerts.isEmpty())
            planIssueResolved(project, true, messages);
        else
            planIssue(project, true, approxMs, messages);
    } else if (kind < 865) {
        planStatusPage(project, kind >= 840, approxMs, messages);
    } else {
        // A share without links: a test message, or a phone verification code (never logged).
        const User &user = users[rng.pick(project.users)];
        const bool test = kind < 900;
        const QString text = test ? str(texts[int(user.lang)][int(Text::Test)]).arg(project.name)
                                  : QStringLiteral("This message is sensitive and is not logged");
        Planned share = message(user.phone, text, {}, 0);
        share.segments = 1; // the code itself fits one segment; only the placeholder is stored
        messages.append(share);
    }

    const qint64 size = std::min<qint64>(messages.size(), total - first);
    const qint64 window = timeAt(first + size) - timeAt(first);
    const qint64 baseMs = timeAt(first) + rng.below(window / 10 + 1);
    const qint64 maxOffset = window * 8 / 10;
    const qint64 lastOffset = messages[size - 1].offsetMs;
    for (qint64 i = 0; i < size; ++i) {
        qint64 offset = messages[i].offsetMs;
        if (lastOffset > maxOffset) // squeeze the burst into its share of the time span
            offset = offset * maxOffset / lastOffset;
        pending.append(finish(project, messages[i], baseMs + offset, first + i));
    }
    planned += size;
}

SmsRecord DemoGenerator::Private::finish(const Project &project, const Planned &planned, qint64 createdMs,
                                         qint64 row)
{
    SmsRecord r;
    r.id = uuid(rng);
    r.createdAt = QDateTime::fromMSecsSinceEpoch(createdMs, Qt::UTC);
    r.projectId = project.id;
    r.projectName = project.name;
    r.toNumber = planned.to;
    r.smsText = planned.text;
    r.links = planned.links;
    if (project.ownTwilio)
        r.fromNumber = rng.chance(5000) ? QStringLiteral("+12065550199") : QStringLiteral("+12065550123");
    else if (planned.to.startsWith(u"+44"))
        r.fromNumber = QStringLiteral("+447700900456");
    else
        r.fromNumber = rng.chance(5000) ? QStringLiteral("+18335550142") : QStringLiteral("+18335550178");

    bool highRisk = false;
    for (const char16_t *prefix : highRiskPrefixes)
        highRisk = highRisk || planned.to.startsWith(QStringView(prefix));
    const qint64 cost = project.ownTwilio ? 0 : planned.segments * (highRisk ? 25 : 10);
    const bool legacy = createdMs < legacyUntilMs;
    const bool lastDay = createdMs >= endMs - dayMs;
    qint64 updatedMs = createdMs;

    // Not sent: the pre-checks failed or Twilio refused. Never charged.
    // A handful of rows carry a status outside the enum, as a newer server might send.
    const bool queued = !legacy && row % 4001 == 4000;
    const qint64 roll = rng.below(10000);
    const bool lowBalance
        = !queued && !project.ownTwilio && (legacy ? roll < 300 : roll >= 450 && roll < 700);
    const bool error = !queued && (legacy ? roll >= 300 && roll < 1000 : roll < 450);
    if (lowBalance) {
        r.status = QStringLiteral("Low Balance");
        r.costCents = 0;
        r.statusMessage = rng.chance(5000)
            ? QStringLiteral("Project %1 does not have enough SMS balance.").arg(project.id)
            : QStringLiteral("Project does not have enough balance to send SMS. Current balance is %1 USD. "
                             "Required balance is %2 USD to send this SMS.")
                  .arg(formatUsd(rng.below(cost)), formatUsd(cost));
    } else if (error) {
        r.status = QStringLiteral("Error");
        r.costCents = 0;
        const qint64 kind = rng.below(100);
        if (kind < 45) {
            static const char16_t *const codes[3] = {u"21211", u"21408", u"21612"};
            if (!legacy)
                r.errorCode = str(codes[kind / 15]);
            if (kind < 15)
                r.statusMessage
                    = QStringLiteral("The 'To' number %1 is not a valid phone number.").arg(r.toNumber);
            else if (kind < 30)
                r.statusMessage = QStringLiteral("Permission to send an SMS has not been enabled for the "
                                                 "region indicated by the 'To' number: %1.")
                                      .arg(r.toNumber);
            else
                r.statusMessage = QStringLiteral("The 'To' phone number: %1, is not currently reachable "
                                                 "using the 'From' phone number: %2 via SMS.")
                                      .arg(r.toNumber, r.fromNumber);
        } else if (kind < 65) {
            r.statusMessage = QStringLiteral("Twilio Config not found");
            r.fromNumber = QString();
        } else if (kind < 85) {
            r.statusMessage = QStringLiteral("SMS notifications are not enabled for this project. "
                                             "Please enable SMS notifications in Project Settings.");
        } else if (kind < 88) {
            r.statusMessage = QStringLiteral("Project %1 not found.").arg(project.id);
        } else {
            r.statusMessage = rng.chance(5000) ? QStringLiteral("connect ETIMEDOUT 54.172.60.2:443")
                                               : QStringLiteral("Request failed with status code 503");
        }
    } else {
        // Accepted by Twilio: charged, and never refunded whatever happens next.
        const QString sid = twilioSid(rng);
        r.providerExternalId = sid;
        r.costCents = cost;
        QString status = QStringLiteral("Delivered");
        QString errorCode;
        const qint64 sentDelay = rng.between(400, 4000);
        qint64 finalDelay = sentDelay + rng.between(1500, 45000);
        const qint64 outcome = rng.below(10000);
        if (legacy) {
            status = QStringLiteral("Success");
        } else if (queued) {
            status = QStringLiteral("Queued");
        } else if (outcome < 300) {
            static const char16_t *const codes[4] = {u"30004", u"21610", u"21614", u"30034"};
            status = QStringLiteral("Failed");
            errorCode = str(codes[rng.below(r.toNumber.startsWith(u"+1") ? 4 : 3)]);
            finalDelay = rng.between(300, 8000);
        } else if (outcome < 800) {
            static const char16_t *const codes[8]
                = {u"30003", u"30003", u"30007", u"30007", u"30005", u"30006", u"30008", u"30007"};
            status = QStringLiteral("Undelivered");
            errorCode = str(codes[rng.below(8)]);
            finalDelay = sentDelay + rng.between(5000, 600000);
        } else if (outcome < 1500) {
            status = QStringLiteral("Sent"); // the carrier never confirmed
            finalDelay = sentDelay;
        } else if (outcome < 1500 + (lastDay ? 1500 : 10)) {
            status = QStringLiteral("Sending"); // callbacks did not arrive
            finalDelay = 0;
        }
        // What has not happened yet by `end` is still pending.
        if (!legacy && createdMs + finalDelay > endMs) {
            const bool sent = createdMs + sentDelay <= endMs;
            status = sent ? QStringLiteral("Sent") : QStringLiteral("Sending");
            errorCode.clear();
            finalDelay = sent ? sentDelay : 0;
        }
        r.status = status;
        if (!errorCode.isEmpty())
            r.errorCode = errorCode;
        if (legacy || status == u"Sending") {
            r.statusMessage = QStringLiteral("Message ID: ") + sid;
        } else {
            updatedMs = createdMs + finalDelay;
            r.statusMessage = QStringLiteral("Delivery status: %1. Message ID: %2.").arg(status, sid);
            if (!errorCode.isEmpty())
                r.statusMessage += QStringLiteral(" Provider error code: %1.").arg(errorCode);
        }
    }
    r.updatedAt = QDateTime::fromMSecsSinceEpoch(updatedMs, Qt::UTC);
    return r;
}

DemoGenerator::DemoGenerator(const DemoOptions &options)
    : d(std::make_unique<Private>(options))
{ }

DemoGenerator::~DemoGenerator() = default;
DemoGenerator::DemoGenerator(DemoGenerator &&) noexcept = default;
DemoGenerator &DemoGenerator::operator=(DemoGenerator &&) noexcept = default;

qint64 DemoGenerator::total() const
{
    return d->total;
}

ResourceContexts DemoGenerator::contexts() const
{
    return d->contexts;
}

QList<SmsRecord> DemoGenerator::next(int count)
{
    QList<SmsRecord> out;
    out.reserve(std::clamp<qint64>(d->total - d->emitted, 0, std::max(count, 0)));
    while (out.size() < count && d->emitted < d->total) {
        if (d->pendingPos == d->pending.size()) {
            d->pending.clear();
            d->pendingPos = 0;
            d->generateEvent();
        }
        out.append(std::move(d->pending[d->pendingPos++]));
        ++d->emitted;
    }
    return out;
}

QString writeDemoCache(const QString &path, const DemoOptions &options,
                       const std::function<bool(qint64 done, qint64 total)> &progress)
{
    const QFileInfo target(path);
    if (target.exists() || target.isSymLink())
        return QCoreApplication::translate("DemoGenerator", "The file %1 exists already.").arg(path);
    const QDir dir = target.absoluteDir();
    if (!dir.exists())
        return QCoreApplication::translate("DemoGenerator", "The folder %1 does not exist.").arg(dir.path());

    // A hidden sibling, so that the final rename stays on the same file system.
    QString temp;
    for (int attempt = 0; temp.isEmpty() || QFileInfo::exists(temp); ++attempt) {
        temp = dir.filePath(QStringLiteral(".%1.partial-%2-%3")
                                .arg(target.fileName())
                                .arg(QCoreApplication::applicationPid())
                                .arg(attempt));
    }
    const auto removeTemp = [&temp] {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
    };

    DemoGenerator generator(options);
    const qint64 total = generator.total();
    QString error;
    {
        CacheWriter writer;
        error = writer.create(temp, CacheWriter::Mode::Bulk);
        const std::pair<QString, QString> info[] = {
            {QStringLiteral("generator"), QStringLiteral("demo")},
            {QStringLiteral("seed"), QString::number(options.seed)},
            {QStringLiteral("rows"), QString::number(total)},
        };
        for (const auto &[key, value] : info) {
            if (error.isEmpty())
                error = writer.setInfo(key, value);
        }
        qint64 done = 0;
        if (error.isEmpty() && progress && !progress(0, total))
            error = QCoreApplication::translate("DemoGenerator", "Cancelled.");
        while (error.isEmpty()) {
            const QList<SmsRecord> batch = generator.next(5000);
            if (batch.isEmpty())
                break;
            error = writer.write(batch);
            done += batch.size();
            if (error.isEmpty() && progress && !progress(done, total))
                error = QCoreApplication::translate("DemoGenerator", "Cancelled.");
        }
        if (error.isEmpty()) // every incident's, alert's and monitor's context as of the last message
            error = writer.write({}, {}, generator.contexts());
        if (error.isEmpty())
            error = writer.finish();
        writer.close();
    }
    if (error.isEmpty() && QFileInfo::exists(path))
        error = QCoreApplication::translate("DemoGenerator", "The file %1 exists already.").arg(path);
    if (error.isEmpty() && !QFile::rename(temp, path))
        error = QCoreApplication::translate("DemoGenerator", "The demo cache could not be moved to %1.")
                    .arg(path);
    if (!error.isEmpty())
        removeTemp();
    return error;
}
