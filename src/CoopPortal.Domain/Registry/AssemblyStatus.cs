using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Registry;

public enum AssemblyStatus
{
    Draft,
    Submitted,
    ReturnedForCorrection,
    Confirmed,
}
