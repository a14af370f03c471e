;; `memory.copy` within one memory: both memory indices packed in one argument.

(module
  (memory 1)
  (func (export "f") (param $dst i32) (param $src i32) (param $len i32)
    (memory.copy (local.get $dst) (local.get $src) (local.get $len))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000079
;;     1e: push    qword ptr [rbp+0x20]
;;     23: push    qword ptr [rbp+0x18]
;;     28: push    qword ptr [rbp+0x10]
;;     2d: mov     r8d,[rbp-0x20]
;;     32: lea     rsp,[rsp+8]
;;     37: mov     ecx,[rbp-0x18]
;;     3c: lea     rsp,[rsp+8]
;;     41: mov     edx,[rbp-0x10]
;;     46: lea     rsp,[rsp+8]
;;     4b: xor     esi,esi
;;     4e: mov     rdi,r14
;;     51: mov     r11,rsp
;;     54: and     rsp,0xFFFFFFFFFFFFFFF0
;;     58: sub     rsp,8
;;     5c: push    r11
;;     5e: mov     r11,[r14]
;;     63: call    qword ptr [r11+0x58] ; memory.copy
;;     68: mov     rsp,[rsp]
;;     6c: test    edx,edx
;;     6f: jne     0x00000000000000CC
;;     75: leave
;;     76: ret     0x18
;;     79: cmp     dword ptr [r11+0x14],0
;;     82: jne     0x0000000000000098
;;     88: cmp     rax,[r11+0x38]
;;     8d: jb      0x00000000000000B2
;;     93: jmp     0x000000000000001E
;;     98: mov     r11,[r14]
;;     9d: mov     qword ptr [r11+0x18],0x25
;;     a6: mov     eax,0xA
;;     ac: mov     rsp,[r11+8]
;;     b1: ret
;;     b2: mov     r11,[r14]
;;     b7: mov     qword ptr [r11+0x18],0x25
;;     c0: mov     eax,9
;;     c6: mov     rsp,[r11+8]
;;     cb: ret
;;     cc: mov     r11,[r14]
;;     d1: mov     qword ptr [r11+0x18],0x2C
;;     da: mov     eax,edx
;;     dd: mov     rsp,[r11+8]
;;     e2: ret
