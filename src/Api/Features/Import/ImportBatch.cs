using System.Globalization;
using GraphQL;
using InfoGov.Domain.Common;

namespace InfoGov.Api.Features.Import;

/// <summary>A column of an import kind: its header name, whether every row needs it, and what it holds
/// (written into the template).</summary>
public sealed record ImportColumn(string Name, bool Required, string Example, string Meaning);

/// <summary>
/// The rows of one import and the errors found in them. Cells are read through typed accessors that record
/// an error against the row and column and give null; a domain rule's refusal is recorded against the column
/// its field names. Nothing is written unless no row has an error.
/// </summary>
public sealed class ImportBatch(IReadOnlyList<SheetRow> rows, IReadOnlyDictionary<string, string> fieldColumns)
{
    private readonly List<ImportRowError> _errors = [];

    public IReadOnlyList<SheetRow> Rows { get; } = rows;
    public IReadOnlyList<ImportRowError> Errors => _errors;

    public void Error(SheetRow row, string? column, string message) => _errors.Add(new ImportRowError(row.Number, column, message));

    /// <summary>Runs a domain step for the row; a refusal becomes the row's error on the column of the field it names.</summary>
    public T? Try<T>(SheetRow row, Func<T> step) where T : class
    {
        try
        {
            return step();
        }
        catch (RuleViolation refused)
        {
            Error(row, refused.Field is { } field ? fieldColumns.GetValueOrDefault(field, field) : null, refused.Message);
            return null;
        }
    }

    public string? Text(SheetRow row, string column, bool required = true)
    {
        var value = row[column];
        if (value is null && required) Error(row, column, "Required.");
        return value;
    }

    public DateOnly? Date(SheetRow row, string column, bool required = true)
    {
        if (Text(row, column, required) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        if (DateTime.TryParseExact(text, "s", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return DateOnly.FromDateTime(time);
        Error(row, column, $"'{text}' is not a date; write it as 2027-03-31.");
        return null;
    }

    public decimal? Number(SheetRow row, string column, bool required = true)
    {
        if (Text(row, column, required) is not { } text) return null;
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var number)) return number;
        Error(row, column, $"'{text}' is not a number; write it as 1250000.00 (no currency sign).");
        return null;
    }

    public bool? Flag(SheetRow row, string column)
    {
        if (Text(row, column, required: false) is not { } text) return null;
        if (text.ToLowerInvariant() is "true" or "yes" or "1" or "是") return true;
        if (text.ToLowerInvariant() is "false" or "no" or "0" or "否") return false;
        Error(row, column, $"'{text}' is neither true nor false.");
        return null;
    }

    /// <summary>An enum cell, written as the schema writes the value (MUNICIPAL, CONDITIONAL, ...).</summary>
    public TEnum? Choice<TEnum>(SheetRow row, string column, bool required = true) where TEnum : struct, Enum
    {
        if (Text(row, column, required) is not { } text) return null;
        if (Enum.TryParse<TEnum>(text.Replace("_", ""), ignoreCase: true, out var value) && Enum.IsDefined(value)) return value;
        Error(row, column, $"'{text}' is not one of {string.Join(", ", Enum.GetNames<TEnum>().Select(n => n.ToConstantCase()))}.");
        return null;
    }
}
