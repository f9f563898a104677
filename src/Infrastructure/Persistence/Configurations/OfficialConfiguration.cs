using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class OfficialConfiguration : IEntityTypeConfiguration<Official>
{
    public void Configure(EntityTypeBuilder<Official> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Position).HasMaxLength(100);
        builder.Property(o => o.Phone).HasMaxLength(40);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.HasIndex(o => o.AccountObjectId).IsUnique();
        builder.Ignore(o => o.IsServing);
        builder.Ignore(o => o.Post);
        builder.HasOne<Department>().WithMany().HasForeignKey(o => o.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
