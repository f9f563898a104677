using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace InfoGov.Infrastructure.Configuration;

/// <summary>
/// Binds each configuration section once, and refuses a wrong one at start: a key the section does not
/// have (a typo would otherwise be silently a default), a value of the wrong type, or a value outside
/// the range its property declares. The refusal names the setting, e.g. <c>RateLimiting:Users:PermitLimit</c>.
/// </summary>
public static class Settings
{
    /// <summary>Binds and checks <paramref name="section"/>, and registers it as <see cref="IOptions{T}"/>
    /// and as <typeparamref name="T"/>; returns it for registrations that depend on it.</summary>
    public static T AddSettings<T>(this IServiceCollection services, IConfiguration configuration, string section) where T : class, new()
    {
        var value = Bind<T>(configuration, section);
        services.AddSingleton(Options.Create(value));
        services.AddSingleton(value);
        return value;
    }

    /// <summary>The section bound to <typeparamref name="T"/> and checked; defaults where it is absent.</summary>
    public static T Bind<T>(IConfiguration configuration, string section) where T : class, new()
    {
        T value;
        try
        {
            value = configuration.GetSection(section).Get<T>(binder => binder.ErrorOnUnknownConfiguration = true) ?? new T();
        }
        catch (InvalidOperationException e)
        {
            throw new OptionsValidationException(section, typeof(T), [$"Setting {section} is not valid: {e.Message}"]);
        }
        var failures = new List<string>();
        Check(value, section, failures);
        if (failures.Count > 0) throw new OptionsValidationException(section, typeof(T), failures);
        return value;
    }

    /// <summary>Refuses a setting that no attribute can check (it depends on another one, or on the environment).</summary>
    public static OptionsValidationException Wrong(string setting, string message) =>
        new(setting, typeof(object), [$"Setting {setting} is not valid: {message}"]);

    private static void Check(object value, string path, List<string> failures)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(value, new ValidationContext(value), results, validateAllProperties: true);
        failures.AddRange(results.Select(r => $"Setting {path}:{string.Join(", ", r.MemberNames)} is not valid: {r.ErrorMessage}"));
        // Nested sections of our own (a rate-limit budget, the local issuer) are checked the same way.
        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
            if (property.CanWrite && property.PropertyType.IsClass && property.PropertyType.Namespace?.StartsWith("InfoGov", StringComparison.Ordinal) == true
                && property.GetValue(value) is { } nested)
                Check(nested, $"{path}:{property.Name}", failures);
    }
}
