;; `memory.fill`: three operands and the memory index go to the builtin.

(module
  (memory 1)
  (func (export "f") (param $dst i32) (param $value i32) (param $len i32)
    (memory.fill (local.get $dst) (local.get $value) (local.get $len))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000077
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
;;     63: call    qword ptr [r11+0x50] ; memory.fill
;;     68: mov     rsp,[rsp]
;;     6c: test    edx,edx
;;     6f: jne     0x00000000000000CA
;;     75: leave
;;     76: ret
;;     77: cmp     dword ptr [r11+0x14],0
;;     80: jne     0x0000000000000096
;;     86: cmp     rax,[r11+0x38]
;;     8b: jb      0x00000000000000B0
;;     91: jmp     0x000000000000001E
;;     96: mov     r11,[r14]
;;     9b: mov     qword ptr [r11+0x18],0x25
;;     a4: mov     eax,0xA
;;     aa: mov     rsp,[r11+8]
;;     af: ret
;;     b0: mov     r11,[r14]
;;     b5: mov     qword ptr [r11+0x18],0x25
;;     be: mov     eax,9
;;     c4: mov     rsp,[r11+8]
;;     c9: ret
;;     ca: mov     r11,[r14]
;;     cf: mov     qword ptr [r11+0x18],0x2C
;;     d8: mov     eax,edx
;;     db: mov     rsp,[r11+8]
;;     e0: ret
