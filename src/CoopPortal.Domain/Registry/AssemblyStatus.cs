namespace CoopPortal.Domain.Registry;

public enum AssemblyStatus
{
    Draft,
    Submitted,
    ReturnedForCorrection,
    Confirmed,
}
