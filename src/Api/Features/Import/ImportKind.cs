using InfoGov.Api.Engine.Common;

namespace InfoGov.Api.Features.Import;

/// <summary>What a spreadsheet import holds.</summary>
public enum ImportKind
{
    Departments,
    Experts,
    Officials,
    ProjectRegister,
    Catalog,
}

public sealed class ImportKindGraphType() : DescribedEnumGraphType<ImportKind>(
    "What a spreadsheet import holds; each kind has its columns (the template at /import-templates/<kind>.csv).",
    new Dictionary<ImportKind, string>
    {
        [ImportKind.Departments] = "Departments, one a row; a parent is an existing department or one earlier in the file.",
        [ImportKind.Experts] = "Members of the expert pool, one a row; fields of expertise separated by semicolons.",
        [ImportKind.Officials] = "Officials and their posts, one a row: one head and one information manager a department; a head takes the head's ten duties.",
        [ImportKind.ProjectRegister] = "The existing project register, one project a row, each entered as a draft under its own code.",
        [ImportKind.Catalog] = "Catalog entries with their data items: one data item a row, the entry's columns repeated on each of its rows.",
    });
