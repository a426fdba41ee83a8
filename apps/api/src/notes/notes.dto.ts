import {
  MyNoteCardPage,
  MyNotesQuery,
  NoteCreate,
  NoteDetail,
  NoteIdParam,
  NoteUpdate,
} from '@noteshop/contracts';
import { contractDto } from '../docs/contract-dto';

export class NoteCreateDto extends contractDto(NoteCreate) {}
export class NoteUpdateDto extends contractDto(NoteUpdate) {}
export class NoteDetailDto extends contractDto(NoteDetail) {}
export class NoteIdParamDto extends contractDto(NoteIdParam) {}
export class MyNotesQueryDto extends contractDto(MyNotesQuery) {}
export class MyNoteCardPageDto extends contractDto(MyNoteCardPage) {}
