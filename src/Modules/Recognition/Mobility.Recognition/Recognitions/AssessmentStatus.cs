namespace Mobility.Recognition.Recognitions;

/// <summary>The host assessment: not begun, being filled in by the host tutor, or submitted (then read-only).</summary>
internal enum AssessmentStatus
{
    NotStarted,
    Draft,
    Submitted,
}
