using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Mobility.Impact.Outcomes;

internal sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.PlacementId).IsUnique();
        builder.HasIndex(s => s.LearnerId);
        builder.Property(s => s.Language).HasMaxLength(2);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Satisfaction).HasConversion<int?>();
        builder.Property(s => s.LanguageSkillsImproved).HasConversion<int?>();
        builder.Property(s => s.SelfConfidenceImproved).HasConversion<int?>();
        builder.Property(s => s.ReadyToGoAgain).HasConversion<int?>();
        builder.Property(s => s.OpenAnswer).HasMaxLength(Survey.OpenAnswerLength);
        builder.Ignore(s => s.ClosesAt);
    }
}

internal sealed class LanguageAssessmentConfiguration : IEntityTypeConfiguration<LanguageAssessment>
{
    public void Configure(EntityTypeBuilder<LanguageAssessment> builder)
    {
        builder.ToTable("LanguageAssessments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Language).HasMaxLength(2);
        builder.Property(a => a.Skill).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Before).HasConversion<int?>();
        builder.Property(a => a.After).HasConversion<int?>();
        builder.HasIndex(a => new { a.PlacementId, a.Language, a.Skill }).IsUnique();
        builder.HasIndex(a => a.LearnerId);
    }
}

internal sealed class ExamResultConfiguration : IEntityTypeConfiguration<ExamResult>
{
    public void Configure(EntityTypeBuilder<ExamResult> builder)
    {
        builder.ToTable("ExamResults");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Session).HasMaxLength(ExamResult.SessionLength);
        builder.Property(e => e.Outcome).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(e => new { e.LearnerId, e.Session }).IsUnique();
    }
}

internal sealed class CareerOutcomeConfiguration : IEntityTypeConfiguration<CareerOutcome>
{
    public void Configure(EntityTypeBuilder<CareerOutcome> builder)
    {
        builder.ToTable("CareerOutcomes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Detail).HasMaxLength(CareerOutcome.DetailLength);
        builder.HasIndex(c => new { c.LearnerId, c.Kind }).IsUnique();
    }
}

internal sealed class StaffOutcomeConfiguration : IEntityTypeConfiguration<StaffOutcome>
{
    public void Configure(EntityTypeBuilder<StaffOutcome> builder)
    {
        builder.ToTable("StaffOutcomes");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Title).HasMaxLength(StaffOutcome.TitleLength);
        builder.HasIndex(s => new { s.StaffMemberId, s.Kind, s.Title }).IsUnique();
        builder.HasIndex(s => s.OrganisationId);
    }
}
