using InfoGov.Api.Engine.Authorization;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.Export;

/// <summary>
/// The open data catalog as DCAT-AP: a dcat:Catalog published by the informatization office, with a
/// dcat:Dataset per catalog entry the public may see (open and published, the same row rule as the
/// API's anonymous callers) and its dcat:Distribution. Controlled values use the EU vocabularies
/// DCAT-AP names (data themes, access rights, frequencies, file types), so a national portal can
/// harvest it as it is.
/// </summary>
public static class OpenDataCatalog
{
    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["dcat"] = "http://www.w3.org/ns/dcat#",
        ["dct"] = "http://purl.org/dc/terms/",
        ["foaf"] = "http://xmlns.com/foaf/0.1/",
        ["rdf"] = "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
        ["xsd"] = "http://www.w3.org/2001/XMLSchema#",
        ["dcatap"] = "http://data.europa.eu/r5r/",
    };

    private const string Authority = "http://publications.europa.eu/resource/authority/";

    public static async Task<RdfGraph> BuildAsync(InfoGovDbContext db, string baseUri, CancellationToken cancellationToken)
    {
        var resources = await db.DataResources.AsNoTracking().VisibleTo(Caller.Anonymous, db)
            .OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var providerIds = resources.Select(r => r.ProviderDepartmentId).Distinct().ToList();
        var departments = await db.Departments.AsNoTracking()
            .Where(d => providerIds.Contains(d.Id) || d.Kind == DepartmentKind.CommitteeOffice).ToListAsync(cancellationToken);
        var office = departments.FirstOrDefault(d => d.Kind == DepartmentKind.CommitteeOffice);

        var graph = new RdfGraph(Prefixes);
        var catalog = baseUri + "/export/catalog";
        graph.Add(catalog, RdfGraph.RdfType, RdfTerm.Iri("dcat:Catalog"))
            .Add(catalog, "dct:title", RdfTerm.Text("政务数据开放目录", "zh"))
            .Add(catalog, "dct:title", RdfTerm.Text("Open government data catalog", "en"))
            .Add(catalog, "dct:description", RdfTerm.Text("本市政务信息资源目录中向社会开放的数据资源。", "zh"))
            .Add(catalog, "dct:description", RdfTerm.Text("The entries of the city's government information resource catalog that are open to the public.", "en"))
            .Add(catalog, "dcat:service", RdfTerm.Iri(baseUri + "/graphql"))
            // Recommended by DCAT-AP 3.0 (docs/dcat-ap): the metadata's language and the taxonomy the themes come from.
            .Add(catalog, "dct:language", RdfTerm.Iri(Authority + "language/ZHO"))
            .Add(catalog, "dcat:themeTaxonomy", RdfTerm.Iri(Authority + "data-theme"));
        if (office is not null) graph.Add(catalog, "dct:publisher", RdfTerm.Iri(Agent(baseUri, office)));

        foreach (var department in departments) AddAgent(graph, baseUri, department);
        foreach (var resource in resources)
        {
            var dataset = $"{baseUri}/catalog/{Uri.EscapeDataString(resource.Code)}";
            var distribution = dataset + "/distribution";
            graph.Add(catalog, "dcat:dataset", RdfTerm.Iri(dataset))
                .Add(dataset, RdfGraph.RdfType, RdfTerm.Iri("dcat:Dataset"))
                .Add(dataset, "dct:identifier", RdfTerm.Plain(resource.Code))
                .Add(dataset, "dct:title", RdfTerm.Text(resource.Name, "zh"))
                .Add(dataset, "dct:title", resource.NameEn is { Length: > 0 } english ? RdfTerm.Text(english, "en") : null)
                .Add(dataset, "dct:description", RdfTerm.Text(resource.Summary, "zh"))
                .Add(dataset, "dct:publisher", departments.FirstOrDefault(d => d.Id == resource.ProviderDepartmentId) is { } provider ? RdfTerm.Iri(Agent(baseUri, provider)) : null)
                .Add(dataset, "dcat:theme", RdfTerm.Iri(Authority + "data-theme/" + Theme(resource.Classification)))
                .Add(dataset, "dct:accessRights", RdfTerm.Iri(Authority + "access-right/" + AccessRight(resource.OpenType)))
                .Add(dataset, "dct:accrualPeriodicity", RdfTerm.Iri(Authority + "frequency/" + Frequency(resource.UpdateCycle)))
                .Add(dataset, "dcat:distribution", RdfTerm.Iri(distribution))
                .Add(distribution, RdfGraph.RdfType, RdfTerm.Iri("dcat:Distribution"))
                .Add(distribution, "dct:title", RdfTerm.Text($"{resource.Name}（{resource.Format}）", "zh"))
                .Add(distribution, "dct:description", RdfTerm.Text($"通过数据共享交换平台（GraphQL 接口）按共享授权获取，格式：{resource.Format}。", "zh"))
                .Add(distribution, "dcatap:availability", RdfTerm.Iri(Authority + "planned-availability/STABLE"))
                .Add(distribution, "dct:format", RdfTerm.Iri(Authority + "file-type/" + FileType(resource.Format)))
                .Add(distribution, "dcat:accessURL", RdfTerm.Iri(baseUri + "/graphql"))
                // The records' structure, machine-readable (JSON Schema of the data items; for government users and exchange systems).
                .Add(distribution, "dct:conformsTo", RdfTerm.Iri($"{baseUri}/catalog/{Uri.EscapeDataString(resource.Code)}/schema.json"));
        }
        return graph;
    }

    private static string Agent(string baseUri, Department department) => $"{baseUri}/departments/{Uri.EscapeDataString(department.Code)}";

    private static void AddAgent(RdfGraph graph, string baseUri, Department department)
    {
        var agent = Agent(baseUri, department);
        graph.Add(agent, RdfGraph.RdfType, RdfTerm.Iri("foaf:Agent"))
            .Add(agent, "foaf:name", RdfTerm.Text(department.Name, "zh"))
            .Add(agent, "foaf:name", department.NameEn is { Length: > 0 } english ? RdfTerm.Text(english, "en") : null)
            .Add(agent, "dct:identifier", RdfTerm.Plain(department.Code))
            // A city's department is a local authority (the ADMS publisher types DCAT-AP recommends).
            .Add(agent, "dct:type", RdfTerm.Iri("http://purl.org/adms/publishertype/LocalAuthority"));
    }

    // EU data themes: population and credit registers are society and economy, geography regions,
    // licences and departmental resources government.
    private static string Theme(ResourceClassification classification) => classification switch
    {
        ResourceClassification.BasicPopulation => "SOCI",
        ResourceClassification.BasicLegalPersons or ResourceClassification.BasicCredit => "ECON",
        ResourceClassification.BasicGeography => "REGI",
        _ => "GOVE",
    };

    private static string AccessRight(OpenType open) => open switch
    {
        OpenType.Open => "PUBLIC",
        OpenType.ConditionallyOpen => "RESTRICTED",
        _ => "NON_PUBLIC",
    };

    private static string Frequency(UpdateCycle cycle) => cycle switch
    {
        UpdateCycle.RealTime => "UPDATE_CONT",
        UpdateCycle.Daily => "DAILY",
        UpdateCycle.Weekly => "WEEKLY",
        UpdateCycle.Monthly => "MONTHLY",
        UpdateCycle.Quarterly => "QUARTERLY",
        UpdateCycle.Yearly => "ANNUAL",
        _ => "IRREG",
    };

    // The EU file-type codes are upper-case names of the format (CSV, JSON, XLSX, ...).
    private static string FileType(string format)
    {
        var code = new string(format.Trim().ToUpperInvariant().Where(char.IsAsciiLetterOrDigit).ToArray());
        return code.Length > 0 ? code : "BIN";
    }
}
