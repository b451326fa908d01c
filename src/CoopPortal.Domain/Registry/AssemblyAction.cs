using CoopPortal.Domain.Common;
using CoopPortal.Domain.Formation;

namespace CoopPortal.Domain.Registry;

public enum AssemblyAction
{
    Submit,
    SendBack,
    Confirm,
}
