import type zhCN from './zh-CN';

// English messages; the type keeps every key of the default locale.
const en: typeof zhCN = {
  app: {
    name: 'Yukuaiban',
    tagline: 'Chongqing online government services',
    skipToContent: 'Skip to main content',
    mainNavigation: 'Main navigation',
    offlineBanner:
      'You are offline. Applications you submit are saved on this device and sent when you are back online.',
    updateReady: 'A new version is ready.',
    reload: 'Reload',
    updateReadyQueued:
      'A new version is ready. The {count} records waiting to sync on this device are kept and sync after the update.',
    signedInAs: 'Signed in as {name}',
  },
  nav: {
    analysis: 'Data queries',
    search: 'Find a service',
    myCases: 'My applications',
    licences: 'My licences',
    worklist: 'Worklist',
    intake: 'File for applicant',
    device: 'This device',
    supervision: 'Supervision',
    signIn: 'Sign in',
    signOut: 'Sign out',
  },
  settings: {
    language: 'Language',
    elderMode: 'Senior mode',
    elderModeHint: 'Larger text and higher contrast',
  },
  common: {
    loading: 'Loading…',
    retry: 'Retry',
    required: 'Required',
    optional: 'Optional',
    workingDays: '{days} working day | {days} working days',
    yuan: 'CNY {amount}',
    notFoundPage: 'This page does not exist.',
    backHome: 'Back to the home page',
  },
  signIn: {
    title: 'Sign in',
    account: 'Account',
    accountHint: 'Mobile number or staff account',
    password: 'Password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    required: 'Enter your account and password.',
    forgotPassword: 'Forgot your password?',
  },
  resetPassword: {
    title: 'Reset password',
    account: 'Account',
    accountHint: 'Mobile number or staff account',
    requestCode: 'Send code',
    requesting: 'Sending…',
    accountRequired: 'Enter your account.',
    codeSent:
      'If the account exists and has a mobile number, a code was sent to it. It is valid for {minutes} minutes.',
    code: 'Code from the text message',
    codeHint: '6 digits',
    newPassword: 'New password',
    newPasswordHint:
      '8 to 128 characters with at least one letter and one digit',
    submit: 'Set new password',
    submitting: 'Submitting…',
    fieldsRequired: 'Enter the code and the new password.',
    done: 'Your password was reset and every session was signed out. Sign in with the new password.',
    toSignIn: 'Sign in',
  },
  search: {
    title: 'Find a service',
    keyword: 'Keyword',
    placeholder: 'For example: business licence, subsistence allowance',
    submit: 'Search',
    resultCount: 'Showing {count} service | Showing {count} services',
    empty: 'No matching services.',
    onlineDepth: 'Online service depth',
    onlineDepthLevel: 'level {level}',
    viewDetail: 'Details and application',
  },
  item: {
    conditions: 'Conditions',
    noConditions: 'No special conditions',
    materials: 'Required documents',
    fees: 'Fees',
    fee: '{name}: {amount}',
    free: 'Free of charge',
    statutoryLimit: 'Statutory time limit',
    promisedLimit: 'Promised time limit',
    notFound: 'This service does not exist or is no longer offered.',
    applyTitle: 'Apply online',
    signInToApply: 'Sign in to apply.',
    divisionCode: 'Division code of the handling place',
    divisionCodeHint: '12-digit village code or 6-digit county code',
    materialFile: 'Choose a file: {name}',
    selectOption: 'Select',
    submit: 'Submit application',
    submitting: 'Submitting…',
    submitted: 'Application submitted. Case number {caseNumber}.',
    queued:
      'No network. The application is saved on this device (provisional id {localId}) and will be sent when you are back online.',
    viewCases: 'View my applications',
    validation: {
      required: '"{label}" is required.',
      maxLength: '"{label}" must be at most {max} characters.',
      number: '"{label}" must be a number.',
      mobile: '"{label}" must be an 11-digit mobile number.',
      idCard: '"{label}" is not a valid resident ID card number.',
      materialRequired: 'Upload "{name}".',
      fileTooLarge:
        '"{name}" is larger than {max} MB. Compress it and upload again.',
      divisionCode: 'The division code must have 2, 4, 6, 9 or 12 digits.',
    },
  },
  cases: {
    title: 'My applications',
    caseNumber: 'Case number',
    status: 'Status',
    submittedAt: 'Submitted',
    deadline: 'Deadline',
    provisional: ' (provisional)',
    provisionalHint:
      'The holiday schedule is not yet published, so the deadline may change',
    licence: 'Licence',
    empty: 'No applications yet.',
  },
  outbox: {
    pendingTitle: 'Waiting to sync',
    conflictTitle: 'Conflicts',
    attentionTitle: 'Needs attention',
    syncedTitle: 'Synced',
    state: {
      pending: 'Waiting to sync',
      synced: 'Synced',
      conflict: 'Conflict',
      failed: 'Sync failed',
    },
    localId: 'Provisional id',
    createdBy: 'Filed by',
    createdAt: 'Saved',
    acceptanceOf: 'Acceptance of case {caseNumber} ({itemName})',
    conflictHint:
      'These records clash with changes made on the server while this device was offline. They are not sent automatically and never overwrite the server. Check each one.',
    conflictDuplicate:
      'The applicant already has case {caseNumber} for this service, filed by another service point or by the applicant. Delete this record if it is the same application; choose “File anyway” if it is a different one.',
    conflictChanged:
      'Case {caseNumber} was handled by someone else while you were offline (now: {status}). Your acceptance was not applied and will not be sent again.',
    unknownStatus: 'unknown',
    fileAnyway: 'File anyway',
    dismiss: 'Understood, delete this record',
    syncNow: 'Sync now',
    syncing: 'Syncing…',
    offlineNote:
      'Syncing needs a network connection; it starts automatically when you are back online.',
    pendingHint:
      'These applications are saved on this device and have no case number yet.',
    attentionHint:
      'The server did not accept these applications, so they are not sent again automatically. Check them, then submit again or delete them.',
    reason: 'Reason: {reason}',
    lastError: 'Last sync failed: {reason}',
    retry: 'Submit again',
    discard: 'Delete',
    discardConfirm:
      'Delete this application saved on this device? This cannot be undone.',
    syncedMessage: '{itemName}: {localId} submitted, case number {caseNumber}',
  },
  device: {
    title: 'This device',
    storageWiped:
      'The browser cleared the data saved on this device; applications not yet synced may be lost. Check your paper records and enter them again.',
    storageLow:
      'Storage on this device is nearly full ({used} MB of {quota} MB used). Sync as soon as you can.',
    notPersistent:
      'The browser has not promised to keep this device’s data and may clear it when space runs low. Sync regularly.',
    areaChanged:
      'Your service point changed from {from} to {to}; the services and cases kept on this device were updated for the new one.',
    dismiss: 'Dismiss',
    sessionExpiredOffline:
      'Your sign-in has expired. Records saved on this device are not affected; the sign-in is renewed when you are back online, or you will be asked to sign in again.',
    downloading: 'Downloading data for offline use…',
    downloadInterrupted:
      'The offline download was interrupted; it continues from where it stopped once you are online.',
    downloadDone:
      'Kept on this device: {items} services and {cases} open cases of your area.',
    downloadResumed:
      'The last download was interrupted and has now been completed from where it stopped.',
    pinTitle: 'Offline unlock PIN',
    pinHint:
      'With a 6-digit PIN you can unlock this device after a browser restart without a network. Only a value derived from the PIN is kept.',
    newPin: 'New PIN (6 digits)',
    savePin: 'Save PIN',
    pinSaved: 'PIN saved.',
    pinInvalid: 'A PIN is 6 digits.',
  },
  pin: {
    title: 'Enter your PIN',
    hint: 'The browser restarted. Enter your 6-digit PIN to go on using the data saved on this device.',
    label: 'PIN',
    unlock: 'Unlock',
    wrong: 'Wrong PIN; {remaining} attempts left.',
    locked:
      'Too many wrong PINs: the PIN is locked. Sign in with your password once online; records waiting to sync are not affected.',
    signInWithPassword: 'Sign in with password',
  },
  intake: {
    title: 'File for an applicant',
    hint: 'File applications on behalf of residents. This works without a network: records are saved on this device and sent in order when you are back online.',
    item: 'Service',
    chooseItem: 'Choose a service',
    noItems:
      'No services are kept on this device yet. Open this page while online and the catalogue is downloaded.',
    applicantIdCard: 'Applicant’s ID card number',
    materials: 'Materials (photos)',
    photo: 'Take or choose a photo: {name}',
    compressing: 'Compressing the photo…',
    compressed: 'Compressed to {size} KB',
    save: 'Save on this device and submit',
    saved:
      'Saved with provisional id {localId}. It is submitted when you are online; the server assigns the case number.',
    problems: 'Please correct the following:',
    photoRequired: 'Take or choose a photo for “{name}”.',
    photoFailed: 'The photo for “{name}” could not be read; take it again.',
  },
  analysis: {
    title: 'Data queries (GraphiQL)',
    name: 'Query name',
    save: 'Save query',
    saved: 'Saved query “{name}”.',
    nameRequired: 'Enter a name for the query first.',
    savedTitle: 'Saved queries',
    none: 'No saved queries yet.',
    load: 'Open “{name}”',
    delete: 'Delete “{name}”',
  },
  licences: {
    title: 'My licences',
    identifier: 'Licence identifier',
    type: 'Licence type',
    issuedAt: 'Issued',
    holder: 'Holder',
    empty: 'No electronic licences yet.',
  },
  worklist: {
    acceptQueued:
      'Your acceptance of case {caseNumber} is saved on this device (provisional id {localId}) and sent when you are back online.',
    title: 'Worklist',
    statusFilter: 'Case status',
    allStatuses: 'All',
    refresh: 'Refresh',
    applicant: 'Applicant',
    division: 'Division',
    submittedAt: 'Submitted',
    timeLimit: 'Time limit',
    accept: 'Accept',
    approve: 'Approve',
    opinion: 'Opinion',
    opinionPlaceholder:
      'For example: documents complete, conditions met, approved.',
    opinionRequired: 'Enter an opinion.',
    accepted: 'Case {caseNumber} accepted.',
    approved: 'Case {caseNumber} approved.',
    licenceIssued: 'Licence {identifier} issued.',
    empty: 'No cases waiting.',
  },
  supervision: {
    title: 'Supervision',
    deadline: 'Deadline',
    timeLimit: 'Time limit status',
    empty: 'No cases in your supervision scope.',
  },
  caseStatus: {
    SUBMITTED: 'Submitted',
    ACCEPTED: 'Accepted',
    APPROVED: 'Approved',
    COMPLETED: 'Completed',
    REJECTED: 'Refused',
    NOT_ACCEPTED: 'Not accepted',
  },
  timeLimitStatus: {
    NOT_STARTED: 'Not started',
    NORMAL: 'On track',
    WARNING: 'Due soon',
    OVERDUE: 'Overdue',
    ON_TIME: 'Decided on time',
    LATE: 'Decided late',
  },
  errors: {
    UNAUTHENTICATED: 'Your session has expired. Sign in again.',
    FORBIDDEN: 'You do not have permission for this operation.',
    NOT_FOUND: 'The record does not exist or was deleted.',
    INVALID_FORM_DATA:
      'Some form fields are invalid. Check them and submit again.',
    MISSING_MATERIAL: 'A required document is missing.',
    DUPLICATE_APPLICATION:
      'The applicant already has an open case of this service, filed by another user.',
    APPLICANT_NOT_FOUND:
      'Nobody in your jurisdiction is registered with this ID card number. Check the number, or ask the applicant to register first.',
    CONFLICT:
      'Someone else changed this record, so nothing was done. Refresh and try again.',
    BAD_USER_INPUT:
      'The request contains invalid values. Check them and try again.',
    INVALID_STATE: 'The case is in a state that does not allow this operation.',
    INVALID_ID_CARD: 'The resident ID card number is invalid.',
    INVALID_MOBILE: 'The mobile number is invalid.',
    INVALID_CREDIT_CODE: 'The unified social credit code is invalid.',
    INVALID_CREDENTIALS: 'The account or password is incorrect.',
    REFRESH_TOKEN_INVALID: 'Your session has ended. Sign in again.',
    REFRESH_TOKEN_REUSED:
      'Your session was signed out because it was used from another place. Sign in again.',
    ACCOUNT_LOCKED:
      'Too many failed sign-ins in a row, so the account is locked for now. Try again later.',
    ACCOUNT_DISABLED:
      'The account is disabled. Contact an administrator of your division.',
    INVALID_CODE: 'The verification code is wrong.',
    CODE_EXPIRED: 'The verification code has expired. Request a new one.',
    TOO_MANY_ATTEMPTS:
      'Too many wrong codes, so code checks are locked. Request a new code after 15 minutes.',
    RATE_LIMITED: 'Codes were requested too often. Try again later.',
    PAYLOAD_TOO_LARGE:
      'The submission is too large. Compress the document files and try again.',
    QUERY_TOO_COMPLEX:
      'The request is too complex, so the server did not process it. Reload the page and try again.',
    UPSTREAM_FAILED: 'A connected system is unavailable. Try again later.',
    GRANT_NOT_FOUND:
      'Your agent authorization for this enterprise was not found. Sign in again and choose the enterprise.',
    GRANT_REVOKED:
      'The enterprise revoked your agent authorization. Ask it to authorize you again.',
    GRANT_EXPIRED:
      'Your agent authorization for this enterprise has expired. Ask it to renew the authorization.',
    GRANT_OUT_OF_SCOPE:
      'Your agent authorization does not cover this service item. Ask the enterprise to add it.',
    NO_ACTIVE_GRANT:
      'You have no valid agent authorization from this enterprise. Ask it to authorize you first.',
    INTROSPECTION_DISABLED:
      'Only analysts and administrators may read the API schema.',
    SLOT_FULL: 'This time slot is fully booked. Choose another slot.',
    ALREADY_BOOKED: 'You have already booked this time slot.',
    BOOKING_PAUSED:
      'You missed 3 appointments within 30 days, so booking is paused for 14 days.',
    BOOKING_LIMIT_REACHED:
      'You already hold 3 open appointments. Attend or cancel one before booking another.',
    CHECK_IN_CLOSED:
      'Check-in is open from 30 minutes before the slot until the slot ends.',
    SELF_APPROVAL: 'You cannot approve your own request.',
    APPROVAL_OUT_OF_ORDER:
      'This request is not at your approval level yet; levels cannot be skipped.',
    INTERNAL_SERVER_ERROR: 'The server failed. Try again later.',
    NETWORK: 'No network connection. Check your network and try again.',
    UNKNOWN: 'The operation failed. Try again later.',
  },
  errorDetails: {
    accountLockedUntil:
      'Too many failed sign-ins in a row, so the account is locked until {time} China Standard Time. Try again then.',
  },
};

export default en;
