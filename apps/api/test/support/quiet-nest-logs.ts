import { Logger } from '@nestjs/common';

// Services log through Nest's static Logger; unit tests assert outcomes, not log lines.
Logger.overrideLogger(false);
