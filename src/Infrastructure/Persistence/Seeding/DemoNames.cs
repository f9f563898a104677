using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Infrastructure.Persistence.Seeding;

/// <summary>The fixed name tables the demo data set draws from: a mid-size city's departments,
/// typical informatization systems and typical catalog entries.</summary>
internal static class DemoNames
{
    public sealed record DepartmentSeed(string Code, string Name, string NameEn, DepartmentKind Kind, string? Parent = null);

    public static readonly DepartmentSeed[] Departments =
    [
        new("XXB", "市信息化委员会办公室", "Municipal Informatization Committee Office", DepartmentKind.CommitteeOffice),
        new("XXZX", "市信息中心", "Municipal Information Centre", DepartmentKind.InformationCentre, "XXB"),
        new("FGW", "市发展和改革委员会", "Development and Reform Commission", DepartmentKind.Bureau),
        new("CZJ", "市财政局", "Finance Bureau", DepartmentKind.Bureau),
        new("SJJ", "市审计局", "Audit Bureau", DepartmentKind.Bureau),
        new("GAJ", "市公安局", "Public Security Bureau", DepartmentKind.Bureau),
        new("MZJ", "市民政局", "Civil Affairs Bureau", DepartmentKind.Bureau),
        new("RSJ", "市人力资源和社会保障局", "Human Resources and Social Security Bureau", DepartmentKind.Bureau),
        new("ZRZY", "市自然资源局", "Natural Resources Bureau", DepartmentKind.Bureau),
        new("ZJJ", "市住房和城乡建设局", "Housing and Urban-Rural Development Bureau", DepartmentKind.Bureau),
        new("JTJ", "市交通运输局", "Transport Bureau", DepartmentKind.Bureau),
        new("WJW", "市卫生健康委员会", "Health Commission", DepartmentKind.Bureau),
        new("JYJ", "市教育局", "Education Bureau", DepartmentKind.Bureau),
        new("SCJG", "市市场监督管理局", "Market Regulation Bureau", DepartmentKind.Bureau),
        new("NYJ", "市农业农村局", "Agriculture and Rural Affairs Bureau", DepartmentKind.Bureau),
        new("GXJ", "市工业和信息化局", "Industry and Information Technology Bureau", DepartmentKind.Bureau),
        new("STJ", "市统计局", "Statistics Bureau", DepartmentKind.Bureau),
        new("YJJ", "市应急管理局", "Emergency Management Bureau", DepartmentKind.Bureau),
        new("ZWFW", "市政务服务中心", "Government Service Centre", DepartmentKind.PublicInstitution),
        new("DAG", "市档案馆", "Municipal Archives", DepartmentKind.PublicInstitution),
        new("QXQ", "清溪区人民政府", "Qingxi District Government", DepartmentKind.Bureau),
        new("CGZ", "城关镇", "Chengguan Town", DepartmentKind.Township, "QXQ"),
        new("DHJD", "东湖街道", "Donghu Sub-district", DepartmentKind.Township, "QXQ"),
        new("XSZ", "西山镇", "Xishan Town", DepartmentKind.Township, "QXQ"),
        new("NLX", "南岭乡", "Nanling Township", DepartmentKind.Township, "QXQ"),
        new("BTZ", "北塘镇", "Beitang Town", DepartmentKind.Township, "QXQ"),
    ];

    public sealed record ProgrammeSeed(string Code, string Name, string NameEn, string Lead, string Description, string? Targets);

    public static readonly ProgrammeSeed[] Programmes =
    [
        new("EGOV", "高效电子政务", "High-efficiency e-government", "XXB",
            "Online government services, office automation and shared government platforms.", null),
        new("CITY", "城市和社区信息化", "City and community informatization", "ZJJ",
            "Digital city management, smart communities and public-service networks.", null),
        new("INDU", "信息化与工业化融合", "Integration of informatization and industrialization", "GXJ",
            "Informatization of key enterprises and industrial parks.", null),
        new("RURAL", "农村信息化示范", "Rural informatization demonstration", "NYJ",
            "Demonstration townships and villages with rural information services.", "2-3 demonstration towns and 15 villages a year"),
    ];

    public sealed record SystemSeed(string Name, string NameEn, string Programme);

    public static readonly SystemSeed[] Systems =
    [
        new("政务服务一网通办平台", "One-stop government service platform", "EGOV"),
        new("协同办公系统", "Collaborative office automation system", "EGOV"),
        new("电子公文交换系统", "Electronic document exchange system", "EGOV"),
        new("政务云扩容", "Government cloud expansion", "EGOV"),
        new("数据共享交换平台升级", "Data sharing and exchange platform upgrade", "EGOV"),
        new("门户网站集约化改造", "Portal website consolidation", "EGOV"),
        new("网络安全态势感知平台", "Cyber security situational awareness platform", "EGOV"),
        new("视频会议系统", "Video conferencing system", "EGOV"),
        new("数字城管平台", "Digital city management platform", "CITY"),
        new("智慧社区服务平台", "Smart community service platform", "CITY"),
        new("城市网格化管理系统", "Urban grid management system", "CITY"),
        new("智慧交通信号控制系统", "Smart traffic signal control system", "CITY"),
        new("公共安全视频监控联网", "Public safety video network", "CITY"),
        new("不动产登记信息系统", "Real estate registration system", "CITY"),
        new("智慧医疗信息平台", "Smart healthcare information platform", "CITY"),
        new("教育资源公共服务平台", "Public education resource platform", "CITY"),
        new("企业信息化服务平台", "Enterprise informatization service platform", "INDU"),
        new("工业园区能耗监测系统", "Industrial park energy monitoring system", "INDU"),
        new("中小企业公共服务平台", "SME public service platform", "INDU"),
        new("两化融合评估系统", "Informatization-industrialization assessment system", "INDU"),
        new("农村综合信息服务站", "Rural integrated information service stations", "RURAL"),
        new("农产品质量追溯系统", "Agricultural product traceability system", "RURAL"),
        new("乡村数字治理平台", "Village digital governance platform", "RURAL"),
        new("农业物联网示范基地", "Agricultural IoT demonstration base", "RURAL"),
        new("应急指挥调度系统", "Emergency command and dispatch system", ""),
        new("财务管理信息系统", "Financial management information system", ""),
        new("档案数字化管理系统", "Digital archives management system", ""),
        new("统计数据采集系统", "Statistical data collection system", ""),
        new("机房改造工程", "Machine room renovation", ""),
        new("人口基础信息库", "Population base information database", ""),
    ];

    public sealed record ResourceSeed(string Name, string NameEn, ResourceClassification Classification, string Provider, string[] Items);

    public static readonly ResourceSeed[] Resources =
    [
        new("常住人口信息", "Resident population", ResourceClassification.BasicPopulation, "GAJ", ["身份证号", "姓名", "性别", "出生日期", "户籍地址", "居住地址"]),
        new("户籍变动信息", "Household registration changes", ResourceClassification.BasicPopulation, "GAJ", ["身份证号", "变动类型", "变动日期", "迁入地", "迁出地"]),
        new("婚姻登记信息", "Marriage registrations", ResourceClassification.BasicPopulation, "MZJ", ["登记号", "男方身份证号", "女方身份证号", "登记日期", "登记类型"]),
        new("低保救助对象", "Minimum living allowance recipients", ResourceClassification.Departmental, "MZJ", ["身份证号", "救助类型", "救助金额", "起始日期"]),
        new("社会保险参保信息", "Social insurance enrolment", ResourceClassification.BasicPopulation, "RSJ", ["身份证号", "险种", "参保状态", "缴费基数", "参保日期"]),
        new("就业登记信息", "Employment registrations", ResourceClassification.Thematic, "RSJ", ["身份证号", "用人单位", "登记日期", "岗位"]),
        new("企业登记信息", "Enterprise registrations", ResourceClassification.BasicLegalPersons, "SCJG", ["统一社会信用代码", "企业名称", "法定代表人", "注册资本", "成立日期", "经营范围"]),
        new("个体工商户信息", "Individual businesses", ResourceClassification.BasicLegalPersons, "SCJG", ["注册号", "名称", "经营者", "经营场所"]),
        new("行政许可信息", "Administrative licences", ResourceClassification.BasicLicences, "SCJG", ["许可证号", "许可事项", "持证主体", "有效期起", "有效期止"]),
        new("行政处罚信息", "Administrative penalties", ResourceClassification.BasicCredit, "SCJG", ["决定书文号", "当事人", "违法事实", "处罚结果", "决定日期"]),
        new("失信被执行人名单", "Dishonest judgment debtors", ResourceClassification.BasicCredit, "FGW", ["统一社会信用代码", "名称", "失信行为", "列入日期"]),
        new("信用评价结果", "Credit ratings", ResourceClassification.BasicCredit, "FGW", ["统一社会信用代码", "信用等级", "评价日期"]),
        new("基础地理信息", "Base geographic data", ResourceClassification.BasicGeography, "ZRZY", ["图层名称", "比例尺", "坐标系", "更新日期"]),
        new("土地利用现状", "Land use", ResourceClassification.BasicGeography, "ZRZY", ["地块编号", "用途", "面积", "权属"]),
        new("不动产登记信息", "Real estate registrations", ResourceClassification.Departmental, "ZRZY", ["不动产单元号", "权利人", "坐落", "面积", "登记日期"]),
        new("建设工程许可信息", "Construction permits", ResourceClassification.BasicLicences, "ZJJ", ["许可证号", "项目名称", "建设单位", "发证日期"]),
        new("住房公积金缴存信息", "Housing provident fund contributions", ResourceClassification.Departmental, "ZJJ", ["身份证号", "缴存单位", "月缴存额", "账户状态"]),
        new("道路运输经营许可", "Road transport licences", ResourceClassification.BasicLicences, "JTJ", ["许可证号", "经营者", "经营范围", "有效期"]),
        new("公交线路信息", "Bus routes", ResourceClassification.Thematic, "JTJ", ["线路编号", "线路名称", "首末班时间", "站点"]),
        new("实时路况信息", "Real-time traffic", ResourceClassification.Thematic, "JTJ", ["路段编号", "拥堵指数", "采集时间"]),
        new("医疗机构信息", "Medical institutions", ResourceClassification.BasicLegalPersons, "WJW", ["机构代码", "机构名称", "等级", "地址"]),
        new("出生医学证明信息", "Birth certificates", ResourceClassification.BasicPopulation, "WJW", ["证明编号", "新生儿姓名", "出生日期", "母亲身份证号"]),
        new("预防接种信息", "Vaccinations", ResourceClassification.Departmental, "WJW", ["身份证号", "疫苗名称", "接种日期", "接种单位"]),
        new("学校基本信息", "Schools", ResourceClassification.Thematic, "JYJ", ["学校代码", "学校名称", "办学类型", "地址"]),
        new("学籍信息", "Student registrations", ResourceClassification.Departmental, "JYJ", ["学籍号", "姓名", "学校", "年级"]),
        new("农业经营主体信息", "Agricultural operators", ResourceClassification.BasicLegalPersons, "NYJ", ["主体代码", "名称", "类型", "经营规模"]),
        new("农村土地承包信息", "Rural land contracts", ResourceClassification.Departmental, "NYJ", ["合同编号", "承包方", "地块", "面积", "期限"]),
        new("规模以上工业企业名录", "Industrial enterprises above scale", ResourceClassification.Thematic, "GXJ", ["统一社会信用代码", "企业名称", "行业", "产值"]),
        new("工业能耗数据", "Industrial energy consumption", ResourceClassification.Thematic, "GXJ", ["企业代码", "能耗类型", "能耗量", "统计月份"]),
        new("统计年鉴数据", "Statistical yearbook", ResourceClassification.Thematic, "STJ", ["指标名称", "年份", "数值", "单位"]),
        new("人口普查汇总数据", "Census summaries", ResourceClassification.BasicPopulation, "STJ", ["区域", "人口数", "户数", "普查年份"]),
        new("危险化学品企业信息", "Hazardous chemical enterprises", ResourceClassification.Thematic, "YJJ", ["企业代码", "企业名称", "危化品种类", "储量"]),
        new("应急避难场所", "Emergency shelters", ResourceClassification.BasicGeography, "YJJ", ["场所编号", "名称", "容量", "位置"]),
        new("财政预算执行信息", "Budget execution", ResourceClassification.Departmental, "CZJ", ["科目", "预算数", "执行数", "月份"]),
        new("政府采购信息", "Government procurement", ResourceClassification.Thematic, "CZJ", ["项目编号", "采购单位", "中标供应商", "金额"]),
        new("审计结果公告", "Audit result announcements", ResourceClassification.Departmental, "SJJ", ["公告编号", "被审计单位", "审计发现", "发布日期"]),
        new("办件信息", "Service case records", ResourceClassification.Thematic, "ZWFW", ["办件编号", "事项名称", "申请人", "受理日期", "办结日期"]),
        new("政务服务事项目录", "Government service catalogue", ResourceClassification.Thematic, "ZWFW", ["事项编码", "事项名称", "实施主体", "办理时限"]),
        new("电子证照目录", "Electronic licence catalogue", ResourceClassification.BasicLicences, "ZWFW", ["证照类型", "颁发单位", "证照编号", "持证人"]),
        new("档案目录信息", "Archive catalogue", ResourceClassification.Departmental, "DAG", ["档号", "题名", "形成年度", "保管期限"]),
        new("社区网格信息", "Community grid", ResourceClassification.BasicGeography, "QXQ", ["网格编号", "网格员", "范围", "户数"]),
        new("村级组织信息", "Village organisations", ResourceClassification.Departmental, "CGZ", ["村编码", "村名", "负责人", "人口"]),
        new("乡镇企业信息", "Township enterprises", ResourceClassification.Departmental, "XSZ", ["企业名称", "主营业务", "从业人数"]),
        new("特色农产品信息", "Local agricultural specialities", ResourceClassification.Thematic, "NLX", ["产品名称", "产地", "年产量", "认证"]),
        new("政务云资源使用信息", "Government cloud usage", ResourceClassification.Thematic, "XXZX", ["单位", "计算资源", "存储资源", "月份"]),
        new("网络安全事件通报", "Cyber security incident notices", ResourceClassification.Departmental, "XXZX", ["事件编号", "事件类型", "影响范围", "处置状态"]),
    ];

    public static readonly string[] Vendors =
    [
        "华信数智科技有限公司", "中软政通信息技术有限公司", "东方云网科技股份有限公司", "浙数科技有限公司",
        "蓝海系统集成有限公司", "天衡信息安全技术有限公司", "博远软件股份有限公司", "清溪通信工程有限公司",
    ];

    public static readonly string[] Supervisors = ["正衡信息工程监理有限公司", "诚信通信息系统监理咨询有限公司"];

    public static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林"];
    public static readonly string[] GivenNames = ["伟", "芳", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "霞", "平", "刚"];
    public static readonly string[] ExpertCategories = ["network", "software", "data", "security", "finance", "engineering"];
}
