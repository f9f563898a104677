using System.Text;
using GraphQL;

namespace InfoGov.Api.Features.Import;

/// <summary>GET /import-templates/{kind}.csv: each kind's columns as a CSV header with one example row, made from the
/// same column list the import checks, so a template never drifts from what the import accepts.</summary>
public static class ImportTemplates
{
    public static void MapImportTemplates(this IEndpointRouteBuilder app) =>
        app.MapGet("/import-templates/{name}", (string name) =>
        {
            var importer = IImporter.All.FirstOrDefault(i => string.Equals(Name(i.Kind) + ".csv", name, StringComparison.OrdinalIgnoreCase));
            if (importer is null)
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such template",
                    detail: $"Templates: {string.Join(", ", IImporter.All.Select(i => Name(i.Kind) + ".csv"))}.");
            var csv = new StringBuilder();
            csv.AppendLine(string.Join(',', importer.Columns.Select(c => Quote(c.Name))));
            csv.AppendLine(string.Join(',', importer.Columns.Select(c => Quote(c.Example))));
            return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", Name(importer.Kind) + ".csv");
        }).AllowAnonymous();

    /// <summary>The kind as the schema writes it, in lower case: project_register.</summary>
    public static string Name(ImportKind kind) => kind.ToString().ToConstantCase().ToLowerInvariant();

    private static string Quote(string value) => value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
}
