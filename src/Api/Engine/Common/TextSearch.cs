using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Engine.Common;

/// <summary>Case-insensitive "contains" for the lists' <c>search</c> arguments, as SQL LIKE over
/// lower-cased text with the user's wildcards escaped. Lower-casing both sides makes it the same on
/// every provider: PostgreSQL's LIKE and binary collations match case, SQLite's LIKE ignores ASCII
/// case only. A leading wildcard never uses an index, so the LOWER() costs no index.</summary>
public static class TextSearch
{
    public static string Pattern(string text) =>
        "%" + text.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_").Replace("[", "\\[") + "%";

    /// <summary>Items whose code, name or English name contains <paramref name="text"/>.</summary>
    public static IQueryable<T> Matching<T>(this IQueryable<T> source, string? text,
        Expression<Func<T, string>> code, Expression<Func<T, string>> name, Expression<Func<T, string?>> nameEn)
    {
        if (string.IsNullOrWhiteSpace(text)) return source;
        var pattern = AsciiLower(Pattern(text));
        var item = Expression.Parameter(typeof(T), "item");
        Expression Like(LambdaExpression property) => Expression.Call(
            typeof(DbFunctionsExtensions), nameof(DbFunctionsExtensions.Like), Type.EmptyTypes,
            Expression.Constant(EF.Functions), Lower(new ParameterReplacer(property.Parameters[0], item).Visit(property.Body)!),
            Expression.Constant(pattern), Expression.Constant("\\"));
        var body = Expression.OrElse(Expression.OrElse(Like(code), Like(name)), Like(nameEn));
        return source.Where(Expression.Lambda<Func<T, bool>>(body, item));
    }

    private static readonly System.Reflection.MethodInfo ToLower = typeof(string).GetMethod(nameof(string.ToLower), Type.EmptyTypes)!;

    // SQLite's lower() and PostgreSQL's under the "C" collation fold ASCII letters only; the pattern
    // folds the same letters, or "Ä" would stop finding itself.
    private static string AsciiLower(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++) span[i] = char.IsAsciiLetterUpper(source[i]) ? (char)(source[i] | 0x20) : source[i];
    });

    // A null English name stays null (LIKE over null is not true), as before.
    private static Expression Lower(Expression text) => Expression.Call(text, ToLower);
}
