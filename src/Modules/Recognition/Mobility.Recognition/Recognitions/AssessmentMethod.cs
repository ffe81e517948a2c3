namespace Mobility.Recognition.Recognitions;

/// <summary>How the host assessment was held.</summary>
internal enum AssessmentMethod
{
    OnSite,
    VideoCall,
    Portfolio,
}
