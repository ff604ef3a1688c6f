declare const __YKB_BUILD_ID__: string;
