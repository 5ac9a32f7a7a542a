#include "organizationsynthesizer.h"

namespace yw::demo {

using namespace yw::core;

const std::vector<DepartmentType> &OrganizationSynthesizer::departmentTypes()
{
    // District units carry the district's name (%1); city units serve the whole city. The last
    // one matching a hint wins nothing: the first type whose word appears in the hint is taken,
    // so specific words come before general ones.
    static const std::vector<DepartmentType> types = {
        {QStringLiteral("lighting"),
         QStringLiteral("长沙市路灯管理处"),
         false,
         {QStringLiteral("street-lighting")}},
        {QStringLiteral("water"),
         QStringLiteral("长沙水业集团有限公司"),
         false,
         {QStringLiteral("water company"), QStringLiteral("water supply"),
          QStringLiteral("drainage"), QStringLiteral("fire & rescue")}},
        {QStringLiteral("power"),
         QStringLiteral("国网长沙供电公司"),
         false,
         {QStringLiteral("power")}},
        {QStringLiteral("gas"),
         QStringLiteral("长沙新奥燃气有限公司"),
         false,
         {QStringLiteral("gas"), QStringLiteral("pipeline"), QStringLiteral("heating")}},
        {QStringLiteral("telecom"),
         QStringLiteral("中国电信长沙分公司"),
         false,
         {QStringLiteral("telecom"), QStringLiteral("network")}},
        {QStringLiteral("cabletv"),
         QStringLiteral("湖南有线长沙网络有限公司"),
         false,
         {QStringLiteral("cable-tv")}},
        {QStringLiteral("bus"),
         QStringLiteral("长沙市公共交通集团"),
         false,
         {QStringLiteral("bus")}},
        {QStringLiteral("railway"),
         QStringLiteral("中国铁路广州局集团长沙车务段"),
         false,
         {QStringLiteral("railway")}},
        {QStringLiteral("parking"),
         QStringLiteral("长沙市停车场运营管理有限公司"),
         false,
         {QStringLiteral("parking")}},
        {QStringLiteral("heritage"),
         QStringLiteral("长沙市文物局"),
         false,
         {QStringLiteral("cultural heritage")}},
        {QStringLiteral("ecology"),
         QStringLiteral("长沙市生态环境局"),
         false,
         {QStringLiteral("ecology")}},
        {QStringLiteral("cityuma"), QStringLiteral("长沙市城市管理和综合执法局"), false, {}},
        {QStringLiteral("citygreen"), QStringLiteral("长沙市园林绿化局"), false, {}},
        {QStringLiteral("cityroads"), QStringLiteral("长沙市市政设施维护中心"), false, {}},
        {QStringLiteral("citytraffic"), QStringLiteral("长沙市公安局交通警察支队"), false, {}},
        {QStringLiteral("cityhousing"), QStringLiteral("长沙市住房和城乡建设局"), false, {}},
        {QStringLiteral("citywater"), QStringLiteral("长沙市水利局"), false, {}},
        {QStringLiteral("citymarket"), QStringLiteral("长沙市市场监督管理局"), false, {}},
        {QStringLiteral("cityemergency"), QStringLiteral("长沙市应急管理局"), false, {}},
        {QStringLiteral("cityfire"), QStringLiteral("长沙市消防救援支队"), false, {}},
        {QStringLiteral("sanitation"),
         QStringLiteral("%1环境卫生服务中心"),
         true,
         {QStringLiteral("sanitation")}},
        {QStringLiteral("greening"),
         QStringLiteral("%1园林绿化中心"),
         true,
         {QStringLiteral("greening"), QStringLiteral("parks")}},
        {QStringLiteral("roads"),
         QStringLiteral("%1市政工程维护中心"),
         true,
         {QStringLiteral("road"), QStringLiteral("municipal engineering")}},
        {QStringLiteral("traffic"),
         QStringLiteral("%1交警大队"),
         true,
         {QStringLiteral("traffic police")}},
        {QStringLiteral("housing"),
         QStringLiteral("%1住房和城乡建设局"),
         true,
         {QStringLiteral("housing"), QStringLiteral("construction")}},
        {QStringLiteral("waterworks"),
         QStringLiteral("%1水利局"),
         true,
         {QStringLiteral("water affairs"), QStringLiteral("water authority")}},
        {QStringLiteral("police"),
         QStringLiteral("%1公安分局"),
         true,
         {QStringLiteral("public security")}},
        {QStringLiteral("civil"),
         QStringLiteral("%1民政局"),
         true,
         {QStringLiteral("civil affairs")}},
        {QStringLiteral("market"), QStringLiteral("%1市场监督管理局"), true, {}},
        {QStringLiteral("ecologybranch"), QStringLiteral("%1生态环境分局"), true, {}},
        {QStringLiteral("planning"), QStringLiteral("%1自然资源分局"), true, {}},
        // The territorial default (属地兜底): city management enforcement of the district.
        {QStringLiteral("enforcement"),
         QStringLiteral("%1城市管理和综合执法局"),
         true,
         {QStringLiteral("enforcement"), QStringLiteral("city management"),
          QStringLiteral("street office"), QStringLiteral("territorial"),
          QStringLiteral("operator"), QStringLiteral("owner")}},
    };
    return types;
}

QString OrganizationSynthesizer::typeForHint(const QString &ownerHint)
{
    const QString hint = ownerHint.toLower();
    for (const DepartmentType &t : departmentTypes())
        for (const QString &w : t.hintWords)
            if (hint.contains(w))
                return t.key;
    return QStringLiteral("enforcement");
}

Status OrganizationSynthesizer::run(const Taxonomy &taxonomy,
                                    const std::map<QString, QString> &districtNames,
                                    SyntheticCity &city)
{
    city.departments.clear();
    city.departmentByTypeAndDistrict.clear();
    qint64 nextId = 1;
    const qint64 cityUma = 1;
    for (const DepartmentType &t : departmentTypes()) {
        if (t.perDistrict) {
            for (const auto &[code, name] : districtNames) {
                Department d{nextId++,
                             QStringLiteral("D-%1-%2").arg(t.key.toUpper(), code),
                             t.nameZh.arg(name),
                             DepartmentLevel::District,
                             code,
                             0,
                             true};
                city.departmentByTypeAndDistrict[t.key + QLatin1Char('|') + code] = d.id;
                city.departments.push_back(d);
            }
        } else {
            Department d{nextId++,  QStringLiteral("C-%1").arg(t.key.toUpper()),
                         t.nameZh,  DepartmentLevel::City,
                         QString(), t.key == QLatin1String("cityuma") ? 0 : cityUma,
                         true};
            city.departmentByTypeAndDistrict[t.key + QLatin1Char('|')] = d.id;
            city.departments.push_back(d);
        }
    }
    auto departmentFor = [&](const QString &type, const QString &district) -> qint64 {
        auto it = city.departmentByTypeAndDistrict.find(type + QLatin1Char('|') + district);
        if (it != city.departmentByTypeAndDistrict.end())
            return it->second;
        return city.departmentByTypeAndDistrict.at(type + QLatin1Char('|'));
    };

    // Routing: every class in every district. Component cases go to the component's maintainer
    // when it is known (by_component_owner), else by class.
    city.routing.clear();
    for (TaxonomyKind kind : {TaxonomyKind::Component, TaxonomyKind::Matter})
        for (const TaxonomyClass &cls : taxonomy.classes(kind)) {
            const QString type = typeForHint(cls.ownerHint);
            const bool componentOwned =
                kind == TaxonomyKind::Component || cls.bigClassCode.toInt() <= 5;
            for (const auto &[district, name] : districtNames)
                city.routing.push_back(SyntheticRoutingRule{
                    cls.code, district, departmentFor(type, district), componentOwned});
        }

    // People. One password for every demo account (see docs/USER_GUIDE.md).
    city.users.clear();
    city.patrolAreas.clear();
    qint64 uid = 1;
    auto person = [&](const QString &login, const QString &name, Roles roles, qint64 dept = 0) {
        User u;
        u.id = uid++;
        u.login = login;
        u.displayName = name;
        u.roles = roles;
        u.departmentId = dept;
        city.users.push_back(u);
        return u.id;
    };
    static const QStringList surnames = {
        QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"), QStringLiteral("刘"),
        QStringLiteral("陈"), QStringLiteral("杨"), QStringLiteral("黄"), QStringLiteral("赵"),
        QStringLiteral("周"), QStringLiteral("吴"), QStringLiteral("徐"), QStringLiteral("孙"),
        QStringLiteral("胡"), QStringLiteral("朱"), QStringLiteral("高"), QStringLiteral("林"),
        QStringLiteral("何"), QStringLiteral("郭")};
    static const QStringList given = {
        QStringLiteral("伟"), QStringLiteral("芳"), QStringLiteral("娜"), QStringLiteral("敏"),
        QStringLiteral("静"), QStringLiteral("强"), QStringLiteral("磊"), QStringLiteral("洋"),
        QStringLiteral("艳"), QStringLiteral("勇"), QStringLiteral("军"), QStringLiteral("杰"),
        QStringLiteral("涛"), QStringLiteral("明"), QStringLiteral("超"), QStringLiteral("霞"),
        QStringLiteral("平"), QStringLiteral("刚")};
    std::uniform_int_distribution<int> pickS(0, int(surnames.size()) - 1),
        pickG(0, int(given.size()) - 1);
    auto randomName = [&] {
        return surnames[pickS(m_rng)] + given[pickG(m_rng)] + given[pickG(m_rng)];
    };

    person(QStringLiteral("admin"), QStringLiteral("系统管理员"), Role::Admin);
    person(QStringLiteral("trainer"), QStringLiteral("培训教员") + randomName(), Role::Trainer);
    for (int i = 1; i <= 3; ++i)
        person(QStringLiteral("leader%1").arg(i), randomName(), Role::Leader);
    for (int i = 1; i <= 4; ++i)
        person(QStringLiteral("shift%1").arg(i), randomName(),
               Roles(Role::ShiftLeader) | Role::Dispatcher);
    for (int i = 1; i <= 8; ++i)
        person(QStringLiteral("dispatch%1").arg(i, 2, 10, QLatin1Char('0')), randomName(),
               Role::Dispatcher);
    for (int i = 1; i <= 12; ++i)
        person(QStringLiteral("intake%1").arg(i, 2, 10, QLatin1Char('0')), randomName(),
               Role::IntakeOperator);
    for (const Department &d : city.departments)
        person(QStringLiteral("h-%1").arg(d.code.toLower()), randomName(), Role::DepartmentHandler,
               d.id);
    int n = 0;
    for (const SyntheticResponsibilityGrid &r : city.responsibilityGrids) {
        const qint64 id = person(QStringLiteral("inspector%1").arg(++n, 3, 10, QLatin1Char('0')),
                                 randomName(), Role::FieldInspector);
        city.patrolAreas[id] = r.grid.code;
    }
    // The intake gateway's account (yiwang-gateway --user gateway): its reports are its own in
    // the history, not a person's.
    person(QStringLiteral("gateway"), QStringLiteral("接入网关"), Role::IntakeOperator);
    return success();
}

} // namespace yw::demo
