using System.ComponentModel.DataAnnotations;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Deadlines of data sharing (configuration section <c>DataSharing</c>), in working days, and how often access logs are signed.</summary>
public sealed class DataSharingOptions
{
    public const string Section = "DataSharing";

    /// <summary>Working days a provider has to answer a sharing request.</summary>
    [Range(1, 60)]
    public int AnswerWorkingDays { get; set; } = SharingRequest.DefaultAnswerWorkingDays;
    /// <summary>Working days a provider has to answer a data dispute.</summary>
    [Range(1, 60)]
    public int DisputeAnswerWorkingDays { get; set; } = DataDispute.DefaultAnswerWorkingDays;
    /// <summary>Working days a provider has to answer a quality issue.</summary>
    [Range(1, 60)]
    public int QualityAnswerWorkingDays { get; set; } = DataQualityIssue.DefaultAnswerWorkingDays;
    /// <summary>Working days a provider has to answer a data need routed to it.</summary>
    [Range(1, 60)]
    public int NeedAnswerWorkingDays { get; set; } = DataNeed.DefaultAnswerWorkingDays;
    /// <summary>How often the head of each access-log chain that grew is signed (a checkpoint an export carries).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "7.00:00:00")]
    public TimeSpan CheckpointInterval { get; set; } = TimeSpan.FromHours(1);
}
