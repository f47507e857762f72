// multiprocessing.reduction's part here: what the codec's message mode (Queue,
// Pipe and Pool traffic, which CPython pickles) refuses beyond what it cannot
// encode at all. A Process object carries its authkey, which CPython refuses to
// pickle.

import { TypeError } from "../builtins/exceptions.js";
import { refuseInMessages } from "../internal/pickleErrors.js";
import { BaseProcess } from "./process.js";

refuseInMessages(BaseProcess, () => new TypeError("Pickling an AuthenticationString object is disallowed for security reasons"));
