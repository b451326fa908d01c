namespace CoopPortal.Domain.Assemblies;

/// <summary>Which call the assembly met at: quorum is lower at the second (نوبت اول، نوبت دوم).</summary>
public enum MeetingCall
{
    First,
    Second,
}
