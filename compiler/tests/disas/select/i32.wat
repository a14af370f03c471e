;; `select` of two locals on a local condition: a conditional move.

(module
  (func (export "f") (param $a i32) (param $b i32) (param $c i32) (result i32)
    (select (local.get $a) (local.get $b) (local.get $c))))

;; function 0 (export "f"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000003B
;;     1e: mov     eax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     edx,[rbp+0x20]
;;     2d: test    eax,eax
;;     30: cmove   rdx,rcx
;;     34: mov     rax,rdx
;;     37: leave
;;     38: ret     0x18
;;     3b: cmp     dword ptr [r11+0x14],0
;;     44: jne     0x000000000000005A
;;     4a: cmp     rax,[r11+0x38]
;;     4f: jb      0x0000000000000074
;;     55: jmp     0x000000000000001E
;;     5a: mov     r11,[r14]
;;     5f: mov     qword ptr [r11+0x18],0x21
;;     68: mov     eax,0xA
;;     6e: mov     rsp,[r11+8]
;;     73: ret
;;     74: mov     r11,[r14]
;;     79: mov     qword ptr [r11+0x18],0x21
;;     82: mov     eax,9
;;     88: mov     rsp,[r11+8]
;;     8d: ret
