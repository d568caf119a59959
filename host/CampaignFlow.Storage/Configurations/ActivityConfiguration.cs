using CampaignFlow.Domain.Activities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

internal sealed class ActivityConfiguration :
    IEntityTypeConfiguration<Activity>,
    IEntityTypeConfiguration<ActivityStep>,
    IEntityTypeConfiguration<SalesTask>
{
    public void Configure(EntityTypeBuilder<Activity> b)
    {
        b.HasKey(x => x.Code);
        b.Property(x => x.Code).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.ActivityCode).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ActivityStep> b)
    {
        b.HasKey(x => new { x.ActivityCode, x.StepNo });
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.DateFormula).HasMaxLength(32);
    }

    public void Configure(EntityTypeBuilder<SalesTask> b)
    {
        b.ToTable("Tasks");
        b.HasKey(x => x.No);
        b.Property(x => x.No).HasMaxLength(20);
        b.Property(x => x.Description).HasMaxLength(100);
        b.Property(x => x.Type).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Status).HasConversion<string>().HasMaxLength(12);
        b.Property(x => x.Priority).HasConversion<string>().HasMaxLength(8);
        b.Property(x => x.RecurringDateInterval).HasMaxLength(32);
        b.HasIndex(x => new { x.SalespersonCode, x.Date });
        b.HasIndex(x => new { x.CampaignNo, x.Date });
        b.HasIndex(x => x.OrganizerTaskNo);
    }
}
