using System.ComponentModel.DataAnnotations;
using InfoGov.Domain.DataSharing;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Deadlines of data sharing (configuration section <c>DataSharing</c>), in working days.</summary>
public sealed class DataSharingOptions
{
    public const string Section = "DataSharing";

    /// <summary>Working days a provider has to answer a sharing request.</summary>
    [Range(1, 60)]
    public int AnswerWorkingDays { get; set; } = SharingRequest.DefaultAnswerWorkingDays;
    /// <summary>Working days a provider has to answer a data dispute.</summary>
    [Range(1, 60)]
    public int DisputeAnswerWorkingDays { get; set; } = DataDispute.DefaultAnswerWorkingDays;
}
