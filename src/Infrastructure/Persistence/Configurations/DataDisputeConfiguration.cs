using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class DataDisputeConfiguration : IEntityTypeConfiguration<DataDispute>
{
    public void Configure(EntityTypeBuilder<DataDispute> builder)
    {
        builder.HasOne<DataResource>().WithMany().HasForeignKey(d => d.ResourceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Department>().WithMany().HasForeignKey(d => d.RaisedByDepartmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.AnswerDueOn, d.AnsweredAt });
        builder.Property(d => d.RecordReference).HasMaxLength(200);
        builder.Property(d => d.Description).HasMaxLength(2000);
        builder.Property(d => d.Answer).HasMaxLength(2000);
    }
}
