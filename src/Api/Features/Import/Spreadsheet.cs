using System.Globalization;
using MiniExcelLibs;

namespace InfoGov.Api.Features.Import;

/// <summary>One data row of a sheet: its number as a spreadsheet shows it (the header is row 1) and its
/// cells by column name, trimmed, empty cells absent.</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string? this[string column] => Cells.GetValueOrDefault(column);
}

/// <summary>
/// Reads an uploaded CSV (UTF-8, with a header row) or XLSX (first sheet, header row), both with MiniExcel,
/// into rows of text. Anything else (a file that is neither, a sheet without a header) is refused whole.
/// </summary>
public static class Spreadsheet
{
    public sealed class NotASpreadsheet(string message) : Exception(message);

    public static async Task<(IReadOnlyList<string> Columns, List<SheetRow> Rows)> ReadAsync(IFormFile file, int maxRows, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        buffer.Position = 0;
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        var (columns, rows) = bytes.StartsWith("PK\u0003\u0004"u8) ? ReadXlsx(buffer) : ReadCsv(buffer);
        if (columns.Count == 0 || columns.Any(string.IsNullOrWhiteSpace))
            throw new NotASpreadsheet("The first row must name every column (see the kind's template).");
        if (rows.Count > maxRows) throw new NotASpreadsheet($"An import holds at most {maxRows:N0} rows; this file holds {rows.Count:N0}.");
        return (columns, rows);
    }

    /// <summary>Checks the bytes are UTF-8 text, then reads them where they are (after a byte order mark, if any).</summary>
    private static (IReadOnlyList<string>, List<SheetRow>) ReadCsv(MemoryStream buffer)
    {
        var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        if (!System.Text.Unicode.Utf8.IsValid(bytes) || bytes.Contains((byte)0))
            throw new NotASpreadsheet("The file is neither an XLSX workbook nor UTF-8 CSV text.");
        var start = bytes.StartsWith("\uFEFF"u8) ? 3 : 0;
        using var text = new MemoryStream(buffer.GetBuffer(), start, (int)buffer.Length - start, writable: false);
        return Read(text, ExcelType.CSV, "The CSV text could not be read.");
    }

    private static (IReadOnlyList<string>, List<SheetRow>) ReadXlsx(MemoryStream stream) =>
        Read(stream, ExcelType.XLSX, "The file starts like an XLSX workbook but could not be read as one.");

    private static (IReadOnlyList<string>, List<SheetRow>) Read(MemoryStream stream, ExcelType type, string unreadable)
    {
        try
        {
            var columns = MiniExcel.GetColumns(stream, useHeaderRow: true, excelType: type).Select(c => c?.ToString()?.Trim() ?? "").ToList();
            stream.Position = 0;
            var rows = new List<SheetRow>();
            var number = 1;
            foreach (IDictionary<string, object?> row in MiniExcel.Query(stream, useHeaderRow: true, excelType: type))
            {
                number++;
                var cells = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var (column, value) in row)
                    if (Text(value) is { Length: > 0 } text) cells[column.Trim()] = text;
                if (cells.Count > 0) rows.Add(new SheetRow(number, cells));
            }
            return (columns, rows);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or InvalidOperationException or System.Xml.XmlException or KeyNotFoundException)
        {
            throw new NotASpreadsheet(unreadable);
        }
    }

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTime date => date.TimeOfDay == TimeSpan.Zero ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString("s", CultureInfo.InvariantCulture),
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture)?.Trim(),
    };
}
