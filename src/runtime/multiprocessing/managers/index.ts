// multiprocessing.managers: what `from multiprocessing.managers import ...` gives
// emitted code, and Manager() for the multiprocessing module. Split by concern
// (CPython keeps it in one managers.py): manager.ts (BaseManager, SyncManager),
// proxy.ts and proxyTypes.ts (the client side), server.ts with dispatch.ts,
// pending.ts and the hosted*.ts objects (the server side), connection.ts,
// transport.ts and wire.ts (how they talk), namespace.ts and array.ts (the types
// SyncManager's Namespace, Value and Array create).

export { BaseManager, SyncManager, Manager } from "./manager.js";
export { BaseProxy, Token, MakeProxyType, AutoProxy } from "./proxy.js";
export { IteratorProxy, AcquirerProxy, ConditionProxy, EventProxy, BarrierProxy, NamespaceProxy, ValueProxy, ListProxy, BaseListProxy, DictProxy, ArrayProxy } from "./proxyTypes.js";
export { Namespace, Value } from "./namespace.js";
export { PyArray as Array } from "./array.js";
export { RemoteError } from "./errors.js";
export { publicMethods as public_methods } from "./dispatch.js";

// `print(multiprocessing.managers)` and type() see this namespace as the module (builtins/modules.ts).
import * as self from "./index.js";
import { registerModule } from "../../builtins/modules.js";
registerModule(self, "multiprocessing.managers");
