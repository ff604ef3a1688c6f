// One exported document per operation. The text of each constant is
// identical to the .graphql file of the same name, so GraphQL Code Generator
// and this module see the same operations. test/operations.test.ts checks it.
import { gql, type TypedDocumentNode } from '@apollo/client';
import type {
  AcceptCaseData,
  AcceptCaseVariables,
  ApproveCaseData,
  ApproveCaseVariables,
  ItemDetailData,
  ItemDetailVariables,
  MyCasesData,
  MyCasesVariables,
  MyLicencesData,
  MyLicencesVariables,
  SearchItemsData,
  SearchItemsVariables,
  SignInData,
  SignInVariables,
  SubmitApplicationData,
  SubmitApplicationVariables,
  SupervisedCasesData,
  SupervisedCasesVariables,
  UploadMaterialData,
  UploadMaterialVariables,
  WorklistData,
  WorklistVariables,
} from './types';

export const SignInDocument: TypedDocumentNode<
  SignInData,
  SignInVariables
> = gql`
mutation SignIn($account: String!, $password: String!) {
  signIn(account: $account, password: $password) {
    token
    user {
      id
      name
      roles
      divisionCode
      departmentCode
      hallId
    }
  }
}
`;

export const SearchItemsDocument: TypedDocumentNode<
  SearchItemsData,
  SearchItemsVariables
> = gql`
query SearchItems($keyword: String, $first: Int) {
  searchItems(keyword: $keyword, first: $first) {
    id
    name
    department {
      code
      name
    }
    statutoryLimitDays
    promisedLimitDays
    onlineDepth
  }
}
`;

export const ItemDetailDocument: TypedDocumentNode<
  ItemDetailData,
  ItemDetailVariables
> = gql`
query ItemDetail($id: ID!) {
  item(id: $id) {
    id
    name
    conditions
    materials {
      code
      name
      required
    }
    formFields {
      key
      label
      type
      required
      options
      maxLength
    }
    statutoryLimitDays
    promisedLimitDays
    fees {
      name
      amountFen
    }
  }
}
`;

export const UploadMaterialDocument: TypedDocumentNode<
  UploadMaterialData,
  UploadMaterialVariables
> = gql`
mutation UploadMaterial($input: UploadMaterialInput!) {
  uploadMaterial(input: $input) {
    id
    sha256
    size
  }
}
`;

export const SubmitApplicationDocument: TypedDocumentNode<
  SubmitApplicationData,
  SubmitApplicationVariables
> = gql`
mutation SubmitApplication($input: SubmitApplicationInput!) {
  submitApplication(input: $input) {
    id
    caseNumber
    status
  }
}
`;

export const MyCasesDocument: TypedDocumentNode<
  MyCasesData,
  MyCasesVariables
> = gql`
query MyCases($first: Int) {
  myCases(first: $first) {
    id
    caseNumber
    status
    itemName
    submittedAt
    deadline {
      date
      provisional
    }
    licence {
      id
      identifier
    }
  }
}
`;

export const MyLicencesDocument: TypedDocumentNode<
  MyLicencesData,
  MyLicencesVariables
> = gql`
query MyLicences {
  myLicences {
    id
    identifier
    type {
      name
    }
    issuedAt
    holderName
  }
}
`;

export const WorklistDocument: TypedDocumentNode<
  WorklistData,
  WorklistVariables
> = gql`
query Worklist($status: CaseStatus, $first: Int) {
  worklist(status: $status, first: $first) {
    id
    caseNumber
    status
    itemName
    applicantName
    divisionCode
    submittedAt
    timeLimitStatus
  }
}
`;

export const AcceptCaseDocument: TypedDocumentNode<
  AcceptCaseData,
  AcceptCaseVariables
> = gql`
mutation AcceptCase($id: ID!) {
  acceptCase(id: $id) {
    id
    status
  }
}
`;

export const ApproveCaseDocument: TypedDocumentNode<
  ApproveCaseData,
  ApproveCaseVariables
> = gql`
mutation ApproveCase($id: ID!, $opinion: String!) {
  approveCase(id: $id, opinion: $opinion) {
    id
    status
    licence {
      id
      identifier
    }
  }
}
`;

export const SupervisedCasesDocument: TypedDocumentNode<
  SupervisedCasesData,
  SupervisedCasesVariables
> = gql`
query SupervisedCases($first: Int) {
  supervisedCases(first: $first) {
    id
    caseNumber
    itemName
    status
    timeLimitStatus
    deadline {
      date
      provisional
    }
  }
}
`;
