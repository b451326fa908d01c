using CoopPortal.Domain.Assemblies;
using CoopPortal.Domain.Common;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CoopPortal.Infrastructure.Persistence.Configurations;

internal sealed class GeneralAssemblyConfiguration : IEntityTypeConfiguration<GeneralAssembly>
{
    /// <summary>
    /// The covering index of the statistics per county (AssemblyStatistics): the year's meeting days, then the province,
    /// with what the counts read, so the table is never visited. Created in raw SQL by the AssemblyStatisticsIndexes migration.
    /// </summary>
    public const string StatisticsIndex = "IX_general_assemblies_MeetingOn_ProvinceId";

    public void Configure(EntityTypeBuilder<GeneralAssembly> builder)
    {
        builder.ToTable("general_assemblies");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasOne<Cooperative>().WithMany().HasForeignKey(a => a.CooperativeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Province>().WithMany().HasForeignKey(a => a.ProvinceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<County>().WithMany().HasForeignKey(a => a.CountyId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.CooperativeName).HasMaxLength(FieldLengths.CooperativeName).IsRequired();
        builder.Property(a => a.FiledByUserId).HasMaxLength(FieldLengths.UserId).IsRequired();
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.FiledByUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.ComplexProperty(a => a.Notice, notice =>
        {
            notice.Property(n => n.Kind).HasConversion<string>().HasMaxLength(32).HasColumnName("Kind");
            notice.Property(n => n.MeetingOn).HasColumnName("MeetingOn");
            notice.Property(n => n.MeetingTime).HasColumnName("MeetingTime");
            notice.Property(n => n.Place).HasMaxLength(FieldLengths.Address).HasColumnName("Place");
            notice.Property(n => n.OnlineLink).HasMaxLength(FieldLengths.Address).HasColumnName("OnlineLink");
            notice.Property(n => n.Invitation).HasMaxLength(FieldLengths.ActivityDescription).HasColumnName("Invitation");
        });
        builder.ComplexProperty(a => a.Attendance, attendance =>
        {
            attendance.Property(n => n.Call).HasConversion<string>().HasMaxLength(16).HasColumnName("AttendanceCall");
            attendance.Property(n => n.Members).HasColumnName("AttendanceMembers");
            attendance.Property(n => n.Present).HasColumnName("AttendancePresent");
            attendance.Property(n => n.Represented).HasColumnName("AttendanceRepresented");
        });
        builder.Property(a => a.Agenda).AsJson();
        builder.Property(a => a.Resolutions).AsJson();
        builder.Property(a => a.Elected).AsJson();
        builder.Property(a => a.Files).AsJson();
        builder.Property(a => a.Dissolution).AsJson();
        builder.Property(a => a.ObserverUserId).HasMaxLength(FieldLengths.UserId);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(a => a.ObserverUserId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.ObserverName).HasMaxLength(FieldLengths.PersonName);
        builder.Property(a => a.SupervisionWaiverReason).HasMaxLength(FieldLengths.ReturnComment);
        builder.Property(a => a.ObserverFindings).HasMaxLength(FieldLengths.InspectionFindings);
        builder.Property(a => a.ReturnComment).HasMaxLength(FieldLengths.ReturnComment);
        builder.Ignore(a => a.IsNoticeEditable);
        builder.Ignore(a => a.IsMinutesEditable);
        builder.Ignore(a => a.ElectedPosts);
        builder.Ignore(a => a.ResolvesDissolution);

        // The office's queue (province, status, by meeting day), a cooperative's assemblies, an observer's list.
        // The statistics' index by meeting day (StatisticsIndex) is raw SQL in the AssemblyStatisticsIndexes migration:
        // MeetingOn is a column of the Notice complex property, which the model cannot index yet.
        builder.HasIndex(a => new { a.ProvinceId, a.Status });
        builder.HasIndex(a => a.CooperativeId);
        builder.HasIndex(a => a.ObserverUserId).HasFilter("\"ObserverUserId\" IS NOT NULL");
        builder.HasMany(a => a.Events).WithOne().HasForeignKey("AssemblyId").IsRequired().OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(a => a.Events).HasField("_events").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").ValueGeneratedOnAddOrUpdate().IsConcurrencyToken();
    }
}
