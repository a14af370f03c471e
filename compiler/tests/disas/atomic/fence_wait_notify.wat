;; `atomic.fence` is `mfence`. Wait and notify call their builtins with the effective
;; address (index plus offset, as a 64-bit value) in place of the index.

(module
  (memory 1 1 shared)
  (func (export "fence") (atomic.fence))
  (func (export "wait32") (param $a i32) (param $e i32) (param $t i64) (result i32)
    (memory.atomic.wait32 offset=4 (local.get $a) (local.get $e) (local.get $t)))
  (func (export "notify") (param $a i32) (result i32)
    (memory.atomic.notify (local.get $a) (i32.const 1))))

;; function 0 (export "fence"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x48]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000023
;;     1e: mfence
;;     21: leave
;;     22: ret
;;     23: cmp     dword ptr [r11+0x14],0
;;     2c: jne     0x0000000000000042
;;     32: cmp     rax,[r11+0x38]
;;     37: jb      0x000000000000005C
;;     3d: jmp     0x000000000000001E
;;     42: mov     r11,[r14]
;;     47: mov     qword ptr [r11+0x18],0x47
;;     50: mov     eax,0xA
;;     56: mov     rsp,[r11+8]
;;     5b: ret
;;     5c: mov     r11,[r14]
;;     61: mov     qword ptr [r11+0x18],0x47
;;     6a: mov     eax,9
;;     70: mov     rsp,[r11+8]
;;     75: ret

;; function 1 (export "wait32"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x60]
;;     13: cmp     rax,[r11]
;;     18: jb      0x000000000000008C
;;     1e: mov     rax,[rbp+0x10]
;;     23: mov     ecx,[rbp+0x18]
;;     28: mov     edx,[rbp+0x20]
;;     2d: add     rdx,4
;;     31: jb      0x00000000000000DF
;;     37: push    rdx
;;     39: push    rcx
;;     3b: push    rax
;;     3d: mov     r8,[rbp-0x20]
;;     42: lea     rsp,[rsp+8]
;;     47: mov     ecx,[rbp-0x18]
;;     4c: lea     rsp,[rsp+8]
;;     51: mov     rdx,[rbp-0x10]
;;     56: lea     rsp,[rsp+8]
;;     5b: xor     esi,esi
;;     5e: mov     rdi,r14
;;     61: mov     r11,rsp
;;     64: and     rsp,0xFFFFFFFFFFFFFFF0
;;     68: sub     rsp,8
;;     6c: push    r11
;;     6e: mov     r11,[r14]
;;     73: call    qword ptr [r11+0xA0] ; memory.atomic.wait32
;;     7b: mov     rsp,[rsp]
;;     7f: test    edx,edx
;;     82: jne     0x00000000000000F9
;;     88: leave
;;     89: ret     0x18
;;     8c: cmp     dword ptr [r11+0x14],0
;;     95: jne     0x00000000000000AB
;;     9b: cmp     rax,[r11+0x38]
;;     a0: jb      0x00000000000000C5
;;     a6: jmp     0x000000000000001E
;;     ab: mov     r11,[r14]
;;     b0: mov     qword ptr [r11+0x18],0x4D
;;     b9: mov     eax,0xA
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
;;     c5: mov     r11,[r14]
;;     ca: mov     qword ptr [r11+0x18],0x4D
;;     d3: mov     eax,9
;;     d9: mov     rsp,[r11+8]
;;     de: ret
;;     df: mov     r11,[r14]
;;     e4: mov     qword ptr [r11+0x18],0x54
;;     ed: mov     eax,5
;;     f3: mov     rsp,[r11+8]
;;     f8: ret
;;     f9: mov     r11,[r14]
;;     fe: mov     qword ptr [r11+0x18],0x54
;;    107: mov     eax,edx
;;    10a: mov     rsp,[r11+8]
;;    10f: ret

;; function 2 (export "notify"), sse4.1 and avx2:
;;      0: push    rbp
;;      1: mov     rbp,rsp
;;      4: push    r14
;;      6: mov     r11,[r14]
;;      b: lea     rax,[rsp-0x58]
;;     13: cmp     rax,[r11]
;;     18: jb      0x0000000000000072
;;     1e: mov     eax,1
;;     24: mov     ecx,[rbp+0x10]
;;     29: push    rcx
;;     2b: push    rax
;;     2d: mov     ecx,[rbp-0x18]
;;     32: lea     rsp,[rsp+8]
;;     37: mov     rdx,[rbp-0x10]
;;     3c: lea     rsp,[rsp+8]
;;     41: xor     esi,esi
;;     44: mov     rdi,r14
;;     47: mov     r11,rsp
;;     4a: and     rsp,0xFFFFFFFFFFFFFFF0
;;     4e: sub     rsp,8
;;     52: push    r11
;;     54: mov     r11,[r14]
;;     59: call    qword ptr [r11+0x98] ; memory.atomic.notify
;;     61: mov     rsp,[rsp]
;;     65: test    edx,edx
;;     68: jne     0x00000000000000C5
;;     6e: leave
;;     6f: ret     8
;;     72: cmp     dword ptr [r11+0x14],0
;;     7b: jne     0x0000000000000091
;;     81: cmp     rax,[r11+0x38]
;;     86: jb      0x00000000000000AB
;;     8c: jmp     0x000000000000001E
;;     91: mov     r11,[r14]
;;     96: mov     qword ptr [r11+0x18],0x5A
;;     9f: mov     eax,0xA
;;     a5: mov     rsp,[r11+8]
;;     aa: ret
;;     ab: mov     r11,[r14]
;;     b0: mov     qword ptr [r11+0x18],0x5A
;;     b9: mov     eax,9
;;     bf: mov     rsp,[r11+8]
;;     c4: ret
;;     c5: mov     r11,[r14]
;;     ca: mov     qword ptr [r11+0x18],0x5F
;;     d3: mov     eax,edx
;;     d6: mov     rsp,[r11+8]
;;     db: ret
