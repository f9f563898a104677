using System.ComponentModel.DataAnnotations;
namespace InfoGov.Api.Features.Webhooks;

/// <summary>Configuration section <c>Webhooks</c>.</summary>
public sealed class WebhookOptions
{
    public const string Section = "Webhooks";

    /// <summary>Only https:// targets; on by default in Production.</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Allows targets on loopback, private, link-local and other internal addresses. Off by
    /// default: a webhook URL must not become a way to make the API call into its own network.</summary>
    public bool AllowPrivateTargets { get; set; }

    /// <summary>The wait before the first retry; each further retry waits twice as long.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a receiver has to answer one delivery.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often due retries are looked for when nothing new was queued.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
}
